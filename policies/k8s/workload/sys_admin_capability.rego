# METADATA
# title: Disallow adding CAP_SYS_ADMIN
# description: >-
#   SYS_ADMIN (and ALL, which includes it) lets a container mount filesystems, load BPF programs
#   and escape through cgroups: it is close to privileged. K8S-PSS-004 rejects every capability
#   outside the baseline set at high severity; this rule names SYS_ADMIN as critical, in any
#   spelling the runtimes accept (CAP_SYS_ADMIN, sys_admin).
# custom:
#   id: K8S-WL-012
#   severity: critical
#   controls: ["cis-k8s:5.2.9", "nsa-k8s:pod-security/enforcement"]
#   remediation: Remove SYS_ADMIN (or ALL) from securityContext.capabilities.add and grant the narrower capability the workload needs.
#   message: "{{target}} adds capability {{capability}}, which amounts to root on the node."
package k8s.workload.sys_admin_capability

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "capability": capability}) if {
	some c in k8s.containers
	some i, capability in c.security_context.capabilities.add
	k8s.capability_name(capability) in {"SYS_ADMIN", "ALL"}
	path := array.concat(c.path, ["securityContext", "capabilities", "add", i])
}
