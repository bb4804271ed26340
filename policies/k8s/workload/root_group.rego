# METADATA
# title: Disallow running with the root group
# description: >-
#   Group 0 owns much of a container image's files and many host files: a process in it can read
#   and write them although it is not root. The Pod Security Standards check the user (K8S-PSS-103,
#   K8S-PSS-104), not the group. Pods in their own user namespace (hostUsers false) and Windows pods
#   are exempt.
# custom:
#   id: K8S-WL-011
#   severity: low
#   controls: ["nsa-k8s:pod-security/non-root", "cis-k8s:5.2.7"]
#   remediation: Set runAsGroup, fsGroup and supplementalGroups to non-zero group IDs.
#   message: "{{target}} sets {{field}} to the root group (0)."
package k8s.workload.root_group

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "field": "runAsGroup"}) if {
	_applies
	some context in k8s.security_contexts
	context.context.runAsGroup == 0
	path := array.concat(context.path, ["runAsGroup"])
}

deny contains result.finding(rego.metadata.chain(), path, {"target": k8s.pod_target, "field": "fsGroup"}) if {
	_applies
	k8s.pod_security_context.context.fsGroup == 0
	path := array.concat(k8s.pod_security_context.path, ["fsGroup"])
}

deny contains result.finding(rego.metadata.chain(), path, {"target": k8s.pod_target, "field": "supplementalGroups"}) if {
	_applies
	some i, group in k8s.pod_security_context.context.supplementalGroups
	group == 0
	path := array.concat(k8s.pod_security_context.path, ["supplementalGroups", i])
}

_applies if {
	not k8s.uses_user_namespace
	not k8s.is_windows
}
