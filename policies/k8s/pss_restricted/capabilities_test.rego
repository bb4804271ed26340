package k8s.pss_restricted.capabilities_test

import data.k8s.pss_restricted.capabilities
import data.lib.k8s_test

test_fail_missing_drop_all if {
	spec := {"containers": [
		{"name": "bare"},
		k8s_test.container("partial", {"capabilities": {"drop": ["NET_RAW"]}}),
		k8s_test.container("add-only", {"capabilities": {"add": ["NET_BIND_SERVICE"]}}),
		k8s_test.container("lowercase", {"capabilities": {"drop": ["all"]}}),
	]}
	findings := capabilities.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "securityContext"],
		["spec", "containers", 1, "securityContext", "capabilities", "drop"],
		["spec", "containers", 2, "securityContext", "capabilities", "drop"],
		["spec", "containers", 3, "securityContext", "capabilities", "drop"],
	}
	{f.params.problem | some f in findings} == {"does not drop ALL capabilities"}
}

test_fail_adds_more_than_net_bind_service if {
	spec := {"initContainers": [k8s_test.hardened("init", {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "CHOWN"]}})]}
	findings := capabilities.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "initContainers", 0, "securityContext", "capabilities", "add", 1]}
	{f.params.problem | some f in findings} == {"adds capability CHOWN"}
}

test_fail_in_deployment if {
	spec := {"containers": [k8s_test.container("app", {"capabilities": {"add": ["SYS_TIME"], "drop": ["ALL"]}})]}
	k8s_test.paths(capabilities.deny) == {["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 0]} with input as k8s_test.deployment(spec)
}

test_success_drop_all_add_net_bind_service if {
	spec := {"containers": [
		k8s_test.hardened("a", {}),
		k8s_test.hardened("b", {"capabilities": {"drop": ["NET_RAW", "ALL"], "add": ["NET_BIND_SERVICE"]}}),
	]}
	count(capabilities.deny) == 0 with input as k8s_test.pod(spec)
}

test_success_windows_pod if {
	count(capabilities.deny) == 0 with input as k8s_test.pod({"os": {"name": "windows"}, "containers": [{"name": "iis"}]})
}

test_fail_non_string_capability if {
	spec := {"containers": [k8s_test.hardened("a", {"capabilities": {"drop": ["ALL"], "add": [7]}})]}
	{f.params.problem | some f in capabilities.deny} == {"adds capability (not a string)"} with input as k8s_test.pod(spec)
}
