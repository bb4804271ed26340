package k8s.workload.liveness_probe_test

import data.k8s.workload.liveness_probe
import data.lib.k8s_test

test_fail_app_container_without_probe if {
	spec := {
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app"}, {"name": "probed", "livenessProbe": {"tcpSocket": {"port": 80}}}],
	}
	findings := liveness_probe.deny with input as k8s_test.deployment(spec)
	k8s_test.paths(findings) == {["spec", "template", "spec", "containers", 0, "livenessProbe"]}
}

test_success_run_to_completion if {
	spec := {"containers": [{"name": "app"}]}
	count(liveness_probe.deny) == 0 with input as k8s_test.cronjob(spec)
	count(liveness_probe.deny) == 0 with input as k8s_test.pod(object.union(spec, {"restartPolicy": "OnFailure"}))
}

test_success_probe_set if {
	count(liveness_probe.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "app", "livenessProbe": {"httpGet": {"port": 8080}}}]})
}
