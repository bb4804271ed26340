# METADATA
# title: Require a readiness probe on long-running containers
# description: >-
#   Without a readiness probe a container receives Service traffic as soon as it starts, before it
#   can answer, and keeps receiving it while it cannot. Jobs, CronJobs and Pods that run to
#   completion are exempt.
# custom:
#   id: K8S-WL-004
#   severity: low
#   controls: []
#   remediation: Add a readinessProbe that succeeds only when the container can serve requests.
#   message: "{{target}} has no readinessProbe."
package k8s.workload.readiness_probe

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), unset.path, {"target": unset.target}) if {
	some unset in k8s.unset_probes("readinessProbe")
}
