# METADATA
# title: Require containers to run as non-root
# description: >-
#   runAsNonRoot: true makes the kubelet refuse to start a container whose user is root.
#   Pods in their own user namespace (hostUsers: false) are exempt: their root is not the node's.
# custom:
#   id: K8S-PSS-103
#   severity: medium
#   controls: ["pss:restricted:running-as-non-root", "cis-k8s:5.2.7"]
#   remediation: >-
#     Set spec.securityContext.runAsNonRoot to true (or set it to true in every container), and
#     build images whose USER is a non-zero numeric ID.
#   message: "{{target}}: securityContext.runAsNonRoot is {{value}}; it must be true."
#   fix:
#     - set: [securityContext, runAsNonRoot]
#       value: true
package k8s.pss_restricted.running_as_non_root

import data.lib.k8s
import data.lib.result

_pod_value := object.get(k8s.pod_security_context.context, "runAsNonRoot", null)

# Set to anything but true, at pod or container level.
deny contains result.finding(rego.metadata.chain(), path, {"target": context.target, "value": value}) if {
	not k8s.uses_user_namespace
	some context in k8s.security_contexts
	value := context.context.runAsNonRoot
	not value in {true, null}
	path := array.concat(context.path, ["runAsNonRoot"])
}

# Left unset in a container while the pod sets nothing either (a pod-level value other than
# true is reported above, once for all the containers that inherit it).
deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "value": "unset"}) if {
	not k8s.uses_user_namespace
	_pod_value == null
	some c in k8s.containers
	object.get(c.security_context, "runAsNonRoot", null) == null
	path := k8s.field_path(c.container, c.path, ["securityContext", "runAsNonRoot"])
}
