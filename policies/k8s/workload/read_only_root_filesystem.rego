# METADATA
# title: Require a read-only root filesystem
# description: >-
#   A writable root filesystem lets an intruder drop tools and change binaries inside the
#   container. Mount an emptyDir where the application must write. Windows pods are exempt: they
#   do not support the setting.
# custom:
#   id: K8S-WL-005
#   severity: medium
#   controls: ["nsa-k8s:pod-security/immutable-filesystem", "cis-k8s:5.7.3"]
#   remediation: >-
#     Set securityContext.readOnlyRootFilesystem to true and mount emptyDir volumes at the paths
#     the application writes to (/tmp, caches).
#   message: "{{target}} has a writable root filesystem (readOnlyRootFilesystem is {{value}})."
#   fix:
#     - set: [securityContext, readOnlyRootFilesystem]
#       value: true
#       unsafe: Writes to the container's filesystem fail; mount emptyDir volumes where the application writes.
package k8s.workload.read_only_root_filesystem

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "value": k8s.describe(value)}) if {
	not k8s.is_windows
	some c in k8s.lifetime_containers
	value := object.get(c.security_context, "readOnlyRootFilesystem", null)
	value != true
	path := k8s.field_path(c.container, c.path, ["securityContext", "readOnlyRootFilesystem"])
}
