package k8s.workload.root_group_test

import data.k8s.workload.root_group
import data.lib.k8s_test

test_fail_root_group_anywhere if {
	spec := {
		"securityContext": {"runAsGroup": 0, "fsGroup": 0, "supplementalGroups": [1000, 0]},
		"containers": [k8s_test.container("app", {"runAsGroup": 0}), k8s_test.container("ok", {"runAsGroup": 10})],
	}
	findings := root_group.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "securityContext", "runAsGroup"],
		["spec", "securityContext", "fsGroup"],
		["spec", "securityContext", "supplementalGroups", 1],
		["spec", "containers", 0, "securityContext", "runAsGroup"],
	}
}

test_success_non_root_groups if {
	spec := {"securityContext": {"runAsGroup": 1000, "fsGroup": 2000}, "containers": [{"name": "a"}]}
	count(root_group.deny) == 0 with input as k8s_test.deployment(spec)
}

test_success_user_namespace_or_windows if {
	spec := {"securityContext": {"runAsGroup": 0}, "containers": [{"name": "a"}]}
	count(root_group.deny) == 0 with input as k8s_test.pod(object.union(spec, {"hostUsers": false}))
	count(root_group.deny) == 0 with input as k8s_test.pod(object.union(spec, {"os": {"name": "windows"}}))
}
