package k8s.pss_baseline.privileged_test

import data.k8s.pss_baseline.privileged
import data.lib.k8s_test

test_fail_privileged_containers if {
	spec := {
		"initContainers": [k8s_test.container("init", {"privileged": true})],
		"containers": [k8s_test.container("app", {"privileged": false}), k8s_test.container("vpn", {"privileged": true})],
		"ephemeralContainers": [k8s_test.container("debug", {"privileged": true})],
	}
	findings := privileged.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "initContainers", 0, "securityContext", "privileged"],
		["spec", "containers", 1, "securityContext", "privileged"],
		["spec", "ephemeralContainers", 0, "securityContext", "privileged"],
	}
	{f.params.target | some f in findings} == {"Init container \"init\"", "Container \"vpn\"", "Ephemeral container \"debug\""}
}

test_fail_in_cronjob if {
	spec := {"containers": [k8s_test.container("app", {"privileged": true})]}
	k8s_test.paths(privileged.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "privileged"]} with input as k8s_test.cronjob(spec)
}

test_success_false_or_unset if {
	spec := {"containers": [k8s_test.container("a", {"privileged": false}), {"name": "b"}]}
	count(privileged.deny) == 0 with input as k8s_test.pod(spec)
}
