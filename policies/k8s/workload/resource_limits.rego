# METADATA
# title: Require CPU and memory limits
# description: >-
#   A container without limits can take its node's CPU and memory from every other pod there, and
#   a leak ends in the node's OOM killer choosing a victim rather than in the container's own limit.
# custom:
#   id: K8S-WL-001
#   severity: medium
#   controls: ["nsa-k8s:network/resource-policies"]
#   remediation: >-
#     Set resources.limits.cpu and resources.limits.memory on every container and init container
#     (or give the namespace a LimitRange with defaults).
#   message: "{{target}} sets no {{resources}} limit."
package k8s.workload.resource_limits

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), unset.path, {"target": unset.target, "resources": unset.resources}) if {
	some unset in k8s.unset_resources("limits")
}
