package k8s.pss_restricted.seccomp_test

import data.k8s.pss_restricted.seccomp
import data.lib.k8s_test

test_fail_unset_everywhere if {
	spec := {"containers": [{"name": "app"}, k8s_test.container("side", {"runAsNonRoot": true})]}
	k8s_test.paths(seccomp.deny) == {
		["spec", "containers", 0, "securityContext"],
		["spec", "containers", 1, "securityContext", "seccompProfile"],
	} with input as k8s_test.pod(spec)
}

test_fail_unconfined_or_typeless if {
	spec := {
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [k8s_test.container("app", {"seccompProfile": {"localhostProfile": "x.json"}}), {"name": "inherits"}],
	}
	findings := seccomp.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "securityContext", "seccompProfile", "type"],
		["spec", "containers", 0, "securityContext", "seccompProfile", "type"],
	}
	{f.params.value | some f in findings} == {"Unconfined", "unset"}
}

test_fail_container_overrides_pod if {
	spec := {
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"containers": [k8s_test.container("app", {"seccompProfile": {"type": "Unconfined"}})],
	}
	k8s_test.paths(seccomp.deny) == {["spec", "containers", 0, "securityContext", "seccompProfile", "type"]} with input as k8s_test.pod(spec)
}

test_fail_in_cronjob if {
	spec := {"containers": [k8s_test.container("app", {"allowPrivilegeEscalation": false})]}
	k8s_test.paths(seccomp.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "seccompProfile"]} with input as k8s_test.cronjob(spec)
}

test_success_pod_level_profile if {
	spec := {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a"}], "initContainers": [{"name": "i"}]}
	count(seccomp.deny) == 0 with input as k8s_test.pod(spec)
}

test_success_every_container_sets_one if {
	spec := {"containers": [
		k8s_test.hardened("a", {}),
		k8s_test.hardened("b", {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/b.json"}}),
	]}
	count(seccomp.deny) == 0 with input as k8s_test.pod(spec)
}

test_success_windows_pod if {
	count(seccomp.deny) == 0 with input as k8s_test.pod({"os": {"name": "windows"}, "containers": [{"name": "iis"}]})
}
