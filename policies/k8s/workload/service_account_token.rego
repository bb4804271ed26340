# METADATA
# title: Disallow mounting the default service account's token
# description: >-
#   Every pod gets an API token unless automountServiceAccountToken is false. A workload that runs
#   as the namespace's default service account does not call the API (a workload that does gets
#   its own account and role), so the token only serves an intruder. Evaluated over the whole
#   change: a default ServiceAccount in it that disables automounting satisfies the rule.
# custom:
#   id: K8S-WL-016
#   severity: medium
#   controls: ["cis-k8s:5.1.6", "nsa-k8s:pod-security/service-account-tokens"]
#   remediation: >-
#     Set automountServiceAccountToken: false in the pod spec (or on the namespace's default
#     ServiceAccount); a workload that needs the API gets a dedicated ServiceAccount and Role.
#   message: "{{workload}} runs as the default service account with its API token mounted."
#   fix:
#     - set: [automountServiceAccountToken]
#       value: false
#       unsafe: A workload that calls the Kubernetes API with the default service account's token loses it.
package k8s.workload.service_account_token

import data.lib.k8s
import data.lib.result

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, path, {"workload": doc.resource}) if {
	some doc in input.documents
	doc.kind == "k8s"
	pod := k8s.pod_spec_of(doc.facts)
	object.get(pod.spec, "automountServiceAccountToken", null) != false
	_account(pod.spec) in {"default", ""}
	not _disabled_in(k8s.namespace_of(doc.facts))
	path := k8s.field_path(pod.spec, pod.path, ["automountServiceAccountToken"])
}

# serviceAccount is the deprecated spelling of serviceAccountName.
_account(spec) := object.get(spec, "serviceAccountName", object.get(spec, "serviceAccount", "default"))

# The namespaces whose default ServiceAccount in this change disables automounting, computed once
# (WASM has no rule indexing: a lookup per workload over every document is quadratic).
_disabling contains k8s.namespace_of(doc.facts) if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.is_kind(doc.facts, "", "ServiceAccount")
	doc.facts.metadata.name == "default"
	doc.facts.automountServiceAccountToken == false
}

# A namespace left to deploy time may be any of them, and any may be it.
_disabled_in(namespace) if namespace in _disabling

_disabled_in(_) if "" in _disabling

_disabled_in("") if count(_disabling) > 0
