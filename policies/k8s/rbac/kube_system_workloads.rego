# METADATA
# title: Restrict creating workloads in kube-system
# description: >-
#   Pods in kube-system run next to the control plane's add-ons and can use their service
#   accounts, several of which hold cluster-wide rights: creating a pod or a workload there is
#   a short path to them.
# custom:
#   id: K8S-RBAC-006
#   severity: high
#   controls: ["cis-k8s:5.1.4", "nsa-k8s:authz/rbac"]
#   remediation: Remove create on pods and workload controllers from the kube-system Role; deploy add-ons through your deployment pipeline.
#   message: "{{target}} can create {{resource}} in kube-system."
package k8s.rbac.kube_system_workloads

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": r.target, "resource": resource}) if {
	input.document.kind == "Role"
	input.document.metadata.namespace == "kube-system"
	some r in k8s.role_rules
	k8s.grants(r.rule, "verbs", {"create"})
	some j, resource in r.rule.resources
	some group, resources in _workload_resources
	resource in resources
	k8s.grants(r.rule, "apiGroups", {group})
	path := array.concat(r.path, ["resources", j])
}

_workload_resources := {
	"": {"pods", "replicationcontrollers"},
	"apps": {"deployments", "daemonsets", "statefulsets", "replicasets"},
	"batch": {"jobs", "cronjobs"},
}
