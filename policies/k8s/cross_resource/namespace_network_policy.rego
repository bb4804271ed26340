# METADATA
# title: Require a NetworkPolicy in every namespace that runs workloads
# description: >-
#   Without a NetworkPolicy every pod accepts connections from every other pod in the cluster, so
#   one compromised pod reaches all the rest. Evaluated over the whole change: reported once per
#   namespace that the change puts workloads in but gives no NetworkPolicy, on its Namespace
#   object when the change declares it, else on its first workload. Manifests without a namespace
#   share the one chosen at deploy time.
# custom:
#   id: K8S-XR-001
#   severity: medium
#   controls: ["cis-k8s:5.3.2", "nsa-k8s:network/network-policies"]
#   remediation: >-
#     Add a default-deny NetworkPolicy to the namespace (podSelector {} with policyTypes Ingress and
#     Egress) and policies that allow the traffic each workload needs.
#   message: "Namespace {{namespace}} runs {{workloads}} workload(s) and this change gives it no NetworkPolicy."
package k8s.cross_resource.namespace_network_policy

import data.lib.k8s
import data.lib.result

deny_run contains result.run_finding(rego.metadata.chain(), anchor.id, anchor.path, params) if {
	some namespace, ids in _workloads
	not namespace in _covered
	anchor := _anchor(namespace, ids)
	params := {"namespace": _display(namespace), "workloads": count(ids)}
}

# The ids of the documents that run pods (PodTemplates do not), by namespace.
_workloads[namespace] contains doc.id if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.template_path_of(doc.facts)
	doc.facts.kind != "PodTemplate"
	namespace := k8s.namespace_of(doc.facts)
}

_covered contains k8s.namespace_of(doc.facts) if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.is_kind(doc.facts, "networking.k8s.io", "NetworkPolicy")
}

# The Namespace objects of the change as [name, id], computed once: a lookup by name into a
# rule over every document would scan them all again for each namespace.
_namespaces contains [doc.facts.metadata.name, doc.id] if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.is_kind(doc.facts, "", "Namespace")
}

# The Namespace object when the change declares it, else the namespace's first workload.
_anchor(namespace, ids) := anchor if {
	declared := {id | some [name, id] in _namespaces; name == namespace}
	anchor := _first(declared, ids)
}

_first(declared, _) := {"id": min(declared), "path": ["metadata", "name"]} if count(declared) > 0

_first(declared, ids) := {"id": min(ids), "path": ["metadata", "namespace"]} if count(declared) == 0

_display("") := "(set at deploy time)"

_display(namespace) := namespace if namespace != ""
