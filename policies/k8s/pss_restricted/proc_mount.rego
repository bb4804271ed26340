# METADATA
# title: Require the default /proc mount, even in a user namespace
# description: >-
#   The restricted policy requires the default, masked /proc in every container, including
#   pods with hostUsers: false that the baseline lets use Unmasked (Kubernetes v1.35+).
# custom:
#   id: K8S-PSS-107
#   severity: medium
#   controls: ["pss:restricted:proc-mount"]
#   remediation: Remove securityContext.procMount or set it to Default.
#   message: "{{target}} sets securityContext.procMount to {{value}}; the restricted policy allows only Default."
#   fix:
#     - set: [securityContext, procMount]
#       value: Default
package k8s.pss_restricted.proc_mount

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), mount.path, {"target": mount.target, "value": mount.value}) if {
	some mount in k8s.non_default_proc_mounts
}
