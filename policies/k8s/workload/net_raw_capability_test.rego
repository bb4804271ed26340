package k8s.workload.net_raw_capability_test

import data.k8s.workload.net_raw_capability
import data.lib.k8s_test

test_fail_kept_or_added if {
	spec := {"containers": [
		{"name": "bare"},
		k8s_test.container("partial", {"capabilities": {"drop": ["SYS_ADMIN"]}}),
		k8s_test.container("adds", {"capabilities": {"drop": ["ALL"], "add": ["CAP_NET_RAW"]}}),
	]}
	findings := net_raw_capability.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "securityContext"],
		["spec", "containers", 1, "securityContext", "capabilities", "drop"],
		["spec", "containers", 2, "securityContext", "capabilities", "add", 0],
	}
	{f.params.problem | some f in findings} == {"keeps CAP_NET_RAW, which the runtime grants unless it is dropped", "adds CAP_NET_RAW"}
}

test_success_dropped if {
	spec := {"containers": [
		k8s_test.container("all", {"capabilities": {"drop": ["ALL"]}}),
		k8s_test.container("net-raw", {"capabilities": {"drop": ["net_raw"]}}),
	]}
	count(net_raw_capability.deny) == 0 with input as k8s_test.deployment(spec)
	count(net_raw_capability.deny) == 0 with input as k8s_test.pod({"os": {"name": "windows"}, "containers": [{"name": "iis"}]})
}
