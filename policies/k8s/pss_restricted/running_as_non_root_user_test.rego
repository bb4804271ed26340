package k8s.pss_restricted.running_as_non_root_user_test

import data.k8s.pss_restricted.running_as_non_root_user
import data.lib.k8s_test

test_fail_run_as_user_zero if {
	spec := {
		"securityContext": {"runAsUser": 0},
		"containers": [k8s_test.container("app", {"runAsUser": 0}), k8s_test.container("ok", {"runAsUser": 1000})],
		"ephemeralContainers": [k8s_test.container("debug", {"runAsUser": 0})],
	}
	k8s_test.paths(running_as_non_root_user.deny) == {
		["spec", "securityContext", "runAsUser"],
		["spec", "containers", 0, "securityContext", "runAsUser"],
		["spec", "ephemeralContainers", 0, "securityContext", "runAsUser"],
	} with input as k8s_test.pod(spec)
}

test_fail_in_deployment if {
	spec := {"containers": [k8s_test.container("app", {"runAsUser": 0})]}
	k8s_test.paths(running_as_non_root_user.deny) == {["spec", "template", "spec", "containers", 0, "securityContext", "runAsUser"]} with input as k8s_test.deployment(spec)
}

test_success_non_zero_or_unset if {
	spec := {"securityContext": {"runAsUser": 10001}, "containers": [k8s_test.container("a", {"runAsUser": 1}), {"name": "b"}]}
	count(running_as_non_root_user.deny) == 0 with input as k8s_test.pod(spec)
}

test_success_user_namespace if {
	spec := {"hostUsers": false, "containers": [k8s_test.container("app", {"runAsUser": 0})]}
	count(running_as_non_root_user.deny) == 0 with input as k8s_test.pod(spec)
}
