# METADATA
# title: Disallow workloads in the default namespace
# description: >-
#   The default namespace is where everything lands by accident: it rarely has its own RBAC,
#   NetworkPolicies, quotas or Pod Security level, so a workload there shares all of them with
#   whatever else was put there. A manifest without a namespace is not judged: its namespace is
#   chosen at deploy time.
# custom:
#   id: K8S-WL-017
#   severity: low
#   controls: ["cis-k8s:5.7.1", "cis-k8s:5.7.4", "nsa-k8s:network/namespaces"]
#   remediation: Deploy the workload into a namespace of its own (metadata.namespace, or the namespace your deploy tool sets).
#   message: "The workload is in the default namespace."
package k8s.workload.default_namespace

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["metadata", "namespace"], {}) if {
	k8s.pod_spec
	input.document.metadata.namespace == "default"
}
