package k8s.pss_baseline.capabilities_test

import data.k8s.pss_baseline.capabilities
import data.lib.k8s_test

test_fail_capability_outside_the_baseline_set if {
	spec := {"containers": [k8s_test.container("app", {"capabilities": {"add": ["CHOWN", "SYS_ADMIN", "NET_RAW"]}})]}
	findings := capabilities.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
		["spec", "containers", 0, "securityContext", "capabilities", "add", 2],
	}
	{f.params.capability | some f in findings} == {"SYS_ADMIN", "NET_RAW"}
}

# The standard compares names exactly: "ALL" or a CAP_ prefix is not in the allowed list.
test_fail_all_and_prefixed_names if {
	spec := {"initContainers": [k8s_test.container("init", {"capabilities": {"add": ["ALL", "CAP_CHOWN"]}})]}
	count(capabilities.deny) == 2 with input as k8s_test.pod(spec)
}

test_fail_in_deployment if {
	spec := {"containers": [k8s_test.container("app", {"capabilities": {"add": ["NET_ADMIN"]}})]}
	k8s_test.paths(capabilities.deny) == {["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 0]} with input as k8s_test.deployment(spec)
}

test_success_baseline_set if {
	allowed := [
		"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
		"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
	]
	spec := {"containers": [k8s_test.container("app", {"capabilities": {"add": allowed, "drop": ["NET_RAW"]}}), {"name": "b"}]}
	count(capabilities.deny) == 0 with input as k8s_test.pod(spec)
}
