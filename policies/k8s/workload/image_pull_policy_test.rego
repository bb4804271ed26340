package k8s.workload.image_pull_policy_test

import data.k8s.workload.image_pull_policy
import data.lib.k8s_test

test_fail_mutable_image_not_always_pulled if {
	spec := {"containers": [
		{"name": "default", "image": "app:1.2"},
		{"name": "explicit", "image": "app:latest", "imagePullPolicy": "IfNotPresent"},
		{"name": "never", "image": "app:1.2", "imagePullPolicy": "Never"},
	]}
	findings := image_pull_policy.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "imagePullPolicy"],
		["spec", "containers", 1, "imagePullPolicy"],
		["spec", "containers", 2, "imagePullPolicy"],
	}
	{f.params.policy | some f in findings} == {"IfNotPresent (the default for a tagged image)", "IfNotPresent", "Never"}
}

test_success_always_or_digest if {
	spec := {"containers": [
		{"name": "latest-defaults-to-always", "image": "app:latest"},
		{"name": "untagged-defaults-to-always", "image": "app"},
		{"name": "always", "image": "app:1.2", "imagePullPolicy": "Always"},
		{"name": "digest", "image": "app@sha256:0123", "imagePullPolicy": "IfNotPresent"},
	]}
	count(image_pull_policy.deny) == 0 with input as k8s_test.pod(spec)
}
