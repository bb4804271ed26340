# METADATA
# title: Require the default /proc mount
# description: >-
#   The default /proc mount masks kernel interfaces a container should not see or change.
#   The baseline allows Unmasked only for pods in their own user namespace (hostUsers: false).
# custom:
#   id: K8S-PSS-009
#   severity: medium
#   controls: ["pss:baseline:proc-mount"]
#   remediation: Remove securityContext.procMount or set it to Default.
#   message: "{{target}} sets securityContext.procMount to {{value}}."
#   fix:
#     - set: [securityContext, procMount]
#       value: Default
package k8s.pss_baseline.proc_mount

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), mount.path, {"target": mount.target, "value": mount.value}) if {
	not k8s.uses_user_namespace
	some mount in k8s.non_default_proc_mounts
}
