# METADATA
# title: Disallow adding capabilities beyond the baseline set
# description: >-
#   Capabilities outside the container runtime's default set (SYS_ADMIN, NET_ADMIN, NET_RAW,
#   SYS_PTRACE...) hand a container parts of root's power over the node.
# custom:
#   id: K8S-PSS-004
#   severity: high
#   controls: ["pss:baseline:capabilities", "cis-k8s:5.2.9"]
#   remediation: >-
#     Remove the capability from securityContext.capabilities.add; the baseline allows only
#     AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE,
#     SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.
#   message: "{{target}} adds capability {{capability}}, which is outside the baseline's allowed set."
#   fix:
#     - remove: [securityContext, capabilities, add, "*"]
#       unsafe: The container asked for this capability; whatever needs it stops working.
package k8s.pss_baseline.capabilities

import data.lib.k8s
import data.lib.result

_allowed := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "capability": capability}) if {
	some c in k8s.containers
	some i, capability in c.security_context.capabilities.add
	not capability in _allowed
	path := array.concat(c.path, ["securityContext", "capabilities", "add", i])
}
