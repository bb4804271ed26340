# METADATA
# title: Disallow running as user ID 0
# description: >-
#   runAsUser: 0 runs the container as root whatever the image says. Pods in their own user
#   namespace (hostUsers: false) are exempt: their root is not the node's.
# custom:
#   id: K8S-PSS-104
#   severity: medium
#   controls: ["pss:restricted:running-as-non-root-user", "cis-k8s:5.2.7"]
#   remediation: Set securityContext.runAsUser to a non-zero user ID, or remove it.
#   message: "{{target}} sets securityContext.runAsUser to 0 (root)."
#   fix:
#     - remove: [runAsUser]
package k8s.pss_restricted.running_as_non_root_user

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target}) if {
	not k8s.uses_user_namespace
	some context in k8s.security_contexts
	context.context.runAsUser == 0
	path := array.concat(context.path, ["runAsUser"])
}
