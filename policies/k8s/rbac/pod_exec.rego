# METADATA
# title: Restrict pods/exec and pods/attach
# description: >-
#   exec and attach run commands in, or take over the terminal of, any pod in the role's scope,
#   with that pod's service account, secrets and network position. Since kubectl exec moved to
#   WebSockets, get on pods/exec is enough, not only create.
# custom:
#   id: K8S-RBAC-004
#   severity: high
#   controls: ["nsa-k8s:authz/rbac"]
#   remediation: Remove pods/exec and pods/attach from the role; give break-glass access through a separate, audited role.
#   message: "{{target}} grants {{resource}}, a shell in every pod in its scope."
package k8s.rbac.pod_exec

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": r.target, "resource": resource}) if {
	some r in k8s.role_rules
	k8s.grants(r.rule, "apiGroups", {""})
	k8s.grants(r.rule, "verbs", {"create", "get"})
	some j, resource in r.rule.resources
	resource in {"pods/exec", "pods/attach"}
	path := array.concat(r.path, ["resources", j])
}
