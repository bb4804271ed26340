package k8s.workload.resource_requests_test

import data.k8s.workload.resource_requests
import data.lib.k8s_test

test_fail_missing_requests if {
	spec := {"containers": [{"name": "app", "resources": {"requests": {"cpu": "100m"}, "limits": {"cpu": "1", "memory": "1Gi"}}}]}
	findings := resource_requests.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "containers", 0, "resources", "requests", "memory"]}
	{f.params.resources | some f in findings} == {"memory"}
}

test_success_requests_set if {
	spec := {"containers": [{"name": "app", "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}}]}
	count(resource_requests.deny) == 0 with input as k8s_test.deployment(spec)
}
