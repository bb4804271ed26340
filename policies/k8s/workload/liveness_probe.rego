# METADATA
# title: Require a liveness probe on long-running containers
# description: >-
#   Without a liveness probe the kubelet restarts a container only when its process exits, so a
#   hung server keeps its place and its traffic. Jobs, CronJobs and Pods that run to completion
#   are exempt.
# custom:
#   id: K8S-WL-003
#   severity: low
#   controls: []
#   remediation: Add a livenessProbe (httpGet, tcpSocket, grpc or exec) that fails when the process no longer serves.
#   message: "{{target}} has no livenessProbe."
package k8s.workload.liveness_probe

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), unset.path, {"target": unset.target}) if {
	some unset in k8s.unset_probes("livenessProbe")
}
