# METADATA
# title: Disallow privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process can gain more privileges than its
#   parent, for example through a set-user-ID binary. Linux only: Windows pods are exempt.
# custom:
#   id: K8S-PSS-102
#   severity: medium
#   controls: ["pss:restricted:privilege-escalation", "cis-k8s:5.2.6"]
#   remediation: Set securityContext.allowPrivilegeEscalation to false in every container.
#   message: "{{target}}: securityContext.allowPrivilegeEscalation is {{value}}; it must be false."
#   fix:
#     - set: [securityContext, allowPrivilegeEscalation]
#       value: false
package k8s.pss_restricted.privilege_escalation

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "value": k8s.describe(value)}) if {
	not k8s.is_windows
	some c in k8s.containers
	value := object.get(c.security_context, "allowPrivilegeEscalation", null)
	value != false
	path := k8s.field_path(c.container, c.path, ["securityContext", "allowPrivilegeEscalation"])
}
