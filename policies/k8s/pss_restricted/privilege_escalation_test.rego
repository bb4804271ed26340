package k8s.pss_restricted.privilege_escalation_test

import data.k8s.pss_restricted.privilege_escalation
import data.lib.k8s_test

test_fail_true_or_unset if {
	spec := {
		"initContainers": [k8s_test.container("init", {"allowPrivilegeEscalation": true})],
		"containers": [
			k8s_test.container("app", {"runAsNonRoot": true}),
			{"name": "bare"},
			k8s_test.container("ok", {"allowPrivilegeEscalation": false}),
		],
	}
	findings := privilege_escalation.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "initContainers", 0, "securityContext", "allowPrivilegeEscalation"],
		["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"],
		["spec", "containers", 1, "securityContext"],
	}
	{[f.params.target, f.params.value] | some f in findings} == {
		["Init container \"init\"", true],
		["Container \"app\"", "unset"],
		["Container \"bare\"", "unset"],
	}
}

test_fail_in_deployment if {
	spec := {"containers": [k8s_test.container("app", {"allowPrivilegeEscalation": true})]}
	k8s_test.paths(privilege_escalation.deny) == {["spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]} with input as k8s_test.deployment(spec)
}

test_success_false_everywhere if {
	spec := {"containers": [k8s_test.hardened("a", {})], "ephemeralContainers": [k8s_test.hardened("d", {})]}
	count(privilege_escalation.deny) == 0 with input as k8s_test.pod(spec)
}

# A Linux-only control: Windows pods are exempt.
test_success_windows_pod if {
	spec := {"os": {"name": "windows"}, "containers": [{"name": "iis"}]}
	count(privilege_escalation.deny) == 0 with input as k8s_test.pod(spec)
}
