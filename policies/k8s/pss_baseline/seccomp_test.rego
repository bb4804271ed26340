package k8s.pss_baseline.seccomp_test

import data.k8s.pss_baseline.seccomp
import data.lib.k8s_test

test_fail_unconfined if {
	spec := {
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [k8s_test.container("app", {"seccompProfile": {"type": "Unconfined"}})],
		"ephemeralContainers": [k8s_test.container("debug", {"seccompProfile": {"type": "Unconfined"}})],
	}
	k8s_test.paths(seccomp.deny) == {
		["spec", "securityContext", "seccompProfile", "type"],
		["spec", "containers", 0, "securityContext", "seccompProfile", "type"],
		["spec", "ephemeralContainers", 0, "securityContext", "seccompProfile", "type"],
	} with input as k8s_test.pod(spec)
}

test_fail_in_deployment if {
	spec := {"containers": [k8s_test.container("app", {"seccompProfile": {"type": "Unconfined"}})]}
	k8s_test.paths(seccomp.deny) == {["spec", "template", "spec", "containers", 0, "securityContext", "seccompProfile", "type"]} with input as k8s_test.deployment(spec)
}

# The baseline only forbids an explicit bad profile: leaving it unset is fine.
test_success_allowed_or_unset if {
	spec := {
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"containers": [
			k8s_test.container("a", {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/audit.json"}}),
			{"name": "b"},
		],
	}
	count(seccomp.deny) == 0 with input as k8s_test.pod(spec)
	count(seccomp.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "b"}]})
}
