# METADATA
# title: Require a RuntimeDefault or Localhost seccomp profile
# description: >-
#   The restricted policy requires an explicit seccomp profile, set on the pod or on every
#   container; both Unconfined and no profile at all fail. Linux only: Windows pods are exempt.
# custom:
#   id: K8S-PSS-105
#   severity: medium
#   controls: ["pss:restricted:seccomp"]
#   remediation: Set spec.securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a localhostProfile).
#   message: "{{target}}: securityContext.seccompProfile.type is {{value}}; it must be RuntimeDefault or Localhost."
#   fix:
#     - set: [securityContext, seccompProfile, type]
#       value: RuntimeDefault
package k8s.pss_restricted.seccomp

import data.lib.k8s
import data.lib.result

_pod_profile := object.get(k8s.pod_security_context.context, "seccompProfile", null)

# A profile is set, at pod or container level, with a type other than the two allowed.
deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "value": k8s.describe(value)}) if {
	not k8s.is_windows
	some context in k8s.security_contexts
	context.context.seccompProfile != null
	value := object.get(context.context, ["seccompProfile", "type"], null)
	not value in k8s.seccomp_profile_types
	path := k8s.field_path(context.context, context.path, ["seccompProfile", "type"])
}

# A container sets no profile and the pod sets none for it to inherit.
deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "value": "unset"}) if {
	not k8s.is_windows
	_pod_profile == null
	some c in k8s.containers
	object.get(c.security_context, "seccompProfile", null) == null
	path := k8s.field_path(c.container, c.path, ["securityContext", "seccompProfile"])
}
