package k8s.workload.sys_admin_capability_test

import data.k8s.workload.sys_admin_capability
import data.lib.k8s_test

test_fail_sys_admin_in_any_spelling if {
	spec := {"containers": [
		k8s_test.container("a", {"capabilities": {"add": ["NET_BIND_SERVICE", "SYS_ADMIN"]}}),
		k8s_test.container("b", {"capabilities": {"add": ["cap_sys_admin"]}}),
		k8s_test.container("c", {"capabilities": {"add": ["ALL"]}}),
	]}
	findings := sys_admin_capability.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
		["spec", "containers", 1, "securityContext", "capabilities", "add", 0],
		["spec", "containers", 2, "securityContext", "capabilities", "add", 0],
	}
}

test_success_other_capabilities if {
	spec := {"containers": [k8s_test.container("a", {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["SYS_ADMIN"]}})]}
	count(sys_admin_capability.deny) == 0 with input as k8s_test.deployment(spec)
}
