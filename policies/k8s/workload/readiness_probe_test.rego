package k8s.workload.readiness_probe_test

import data.k8s.workload.readiness_probe
import data.lib.k8s_test

test_fail_app_container_without_probe if {
	spec := {"containers": [{"name": "app", "livenessProbe": {"tcpSocket": {"port": 80}}}]}
	k8s_test.paths(readiness_probe.deny) == {["spec", "containers", 0, "readinessProbe"]} with input as k8s_test.pod(spec)
}

test_success_probe_set_or_job if {
	count(readiness_probe.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "app", "readinessProbe": {"httpGet": {"port": 8080}}}]})
	count(readiness_probe.deny) == 0 with input as k8s_test.cronjob({"containers": [{"name": "app"}]})
}
