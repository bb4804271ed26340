package k8s.workload.resource_limits_test

import data.k8s.workload.resource_limits
import data.lib.k8s_test

test_fail_missing_limits if {
	spec := {
		"initContainers": [{"name": "init", "resources": {"limits": {"cpu": "1"}}}],
		"containers": [{"name": "app"}],
		"ephemeralContainers": [{"name": "debug"}],
	}
	findings := resource_limits.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "initContainers", 0, "resources", "limits", "memory"],
		["spec", "containers", 0, "resources"],
	}
	{[f.params.target, f.params.resources] | some f in findings} == {
		["Init container \"init\"", "memory"],
		["Container \"app\"", "cpu and memory"],
	}
}

test_fail_in_deployment if {
	spec := {"containers": [{"name": "app", "resources": {"limits": {"memory": "1Gi"}}}]}
	k8s_test.paths(resource_limits.deny) == {["spec", "template", "spec", "containers", 0, "resources", "limits", "cpu"]} with input as k8s_test.deployment(spec)
}

test_success_limits_set if {
	spec := {"containers": [{"name": "app", "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}}}]}
	count(resource_limits.deny) == 0 with input as k8s_test.cronjob(spec)
}
