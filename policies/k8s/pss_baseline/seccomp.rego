# METADATA
# title: Disallow the Unconfined seccomp profile
# description: >-
#   Without a seccomp profile a container may call every system call of the node's kernel,
#   including the ones most container escapes go through.
# custom:
#   id: K8S-PSS-010
#   severity: medium
#   controls: ["pss:baseline:seccomp"]
#   remediation: Set seccompProfile.type to RuntimeDefault or Localhost, or leave it unset.
#   message: "{{target}} sets securityContext.seccompProfile.type to {{value}}."
#   fix:
#     - set: [seccompProfile, type]
#       value: RuntimeDefault
package k8s.pss_baseline.seccomp

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "value": value}) if {
	some context in k8s.security_contexts
	value := context.context.seccompProfile.type
	value != null
	not value in k8s.seccomp_profile_types
	path := array.concat(context.path, ["seccompProfile", "type"])
}
