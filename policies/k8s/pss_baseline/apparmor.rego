# METADATA
# title: Disallow overriding the default AppArmor profile
# description: >-
#   The runtime's default AppArmor profile confines what a container may do on the node;
#   setting it to Unconfined, or to anything but a profile loaded on the node, removes that.
# custom:
#   id: K8S-PSS-007
#   severity: medium
#   controls: ["pss:baseline:apparmor"]
#   remediation: >-
#     Set appArmorProfile.type to RuntimeDefault or Localhost (or leave it unset), and give
#     container.apparmor.security.beta.kubernetes.io/* annotations only runtime/default or
#     localhost/<profile>.
#   message: "{{target}} sets AppArmor profile {{profile}}; only RuntimeDefault and Localhost profiles are allowed."
package k8s.pss_baseline.apparmor

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "profile": profile}) if {
	some context in k8s.security_contexts
	profile := context.context.appArmorProfile.type
	profile != null
	not profile in {"RuntimeDefault", "Localhost"}
	path := array.concat(context.path, ["appArmorProfile", "type"])
}

# The annotation that preceded the field (deprecated, still enforced).
deny contains result.finding(rego.metadata.chain(), path, {"target": target, "profile": profile}) if {
	some key, profile in k8s.pod_metadata.metadata.annotations
	startswith(key, "container.apparmor.security.beta.kubernetes.io/")
	not _allowed_annotation(profile)
	path := array.concat(k8s.pod_metadata.path, ["annotations", key])
	target := concat("", ["Annotation ", key])
}

_allowed_annotation(profile) if profile in {"", "runtime/default"}

_allowed_annotation(profile) if {
	is_string(profile)
	startswith(profile, "localhost/")
}
