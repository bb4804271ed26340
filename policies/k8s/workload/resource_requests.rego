# METADATA
# title: Require CPU and memory requests
# description: >-
#   The scheduler places pods by their requests: a container without them lands on nodes that
#   cannot hold it and is the first to be evicted under memory pressure.
# custom:
#   id: K8S-WL-002
#   severity: low
#   controls: ["nsa-k8s:network/resource-policies"]
#   remediation: Set resources.requests.cpu and resources.requests.memory on every container and init container.
#   message: "{{target}} sets no {{resources}} request."
package k8s.workload.resource_requests

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), unset.path, {"target": unset.target, "resources": unset.resources}) if {
	some unset in k8s.unset_resources("requests")
}
