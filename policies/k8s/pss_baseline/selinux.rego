# METADATA
# title: Disallow custom SELinux options
# description: >-
#   An SELinux type other than the container types, or any custom SELinux user or role, can
#   lift the label-based confinement that keeps a container off the node's files.
# custom:
#   id: K8S-PSS-008
#   severity: medium
#   controls: ["pss:baseline:selinux"]
#   remediation: >-
#     Leave seLinuxOptions.user and seLinuxOptions.role unset, and set seLinuxOptions.type only
#     to container_t, container_init_t, container_kvm_t or container_engine_t.
#   message: "{{target}} sets securityContext.seLinuxOptions.{{option}} to {{value}}, which the baseline forbids."
package k8s.pss_baseline.selinux

import data.lib.k8s
import data.lib.result

_allowed_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "option": option, "value": value}) if {
	some context in k8s.security_contexts
	some option in ["type", "user", "role"]
	value := context.context.seLinuxOptions[option]
	_forbidden(option, value)
	path := array.concat(context.path, ["seLinuxOptions", option])
}

_forbidden("type", value) if not value in _allowed_types

# Custom users and roles are forbidden outright.
_forbidden(option, value) if {
	option in {"user", "role"}
	value != ""
}
