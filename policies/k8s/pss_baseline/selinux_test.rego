package k8s.pss_baseline.selinux_test

import data.k8s.pss_baseline.selinux
import data.lib.k8s_test

test_fail_type_user_and_role if {
	spec := {
		"securityContext": {"seLinuxOptions": {"type": "spc_t"}},
		"containers": [k8s_test.container("app", {"seLinuxOptions": {"user": "system_u", "role": "system_r", "level": "s0:c123,c456"}})],
	}
	findings := selinux.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "securityContext", "seLinuxOptions", "type"],
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "user"],
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "role"],
	}
	{[f.params.option, f.params.value] | some f in findings} == {["type", "spc_t"], ["user", "system_u"], ["role", "system_r"]}
}

test_fail_in_deployment if {
	spec := {"initContainers": [k8s_test.container("init", {"seLinuxOptions": {"type": "unconfined_t"}})], "containers": [{"name": "a"}]}
	k8s_test.paths(selinux.deny) == {["spec", "template", "spec", "initContainers", 0, "securityContext", "seLinuxOptions", "type"]} with input as k8s_test.deployment(spec)
}

test_success_container_types_and_empty_values if {
	spec := {
		"securityContext": {"seLinuxOptions": {"level": "s0:c123,c456"}},
		"containers": [
			k8s_test.container("a", {"seLinuxOptions": {"type": "container_t"}}),
			k8s_test.container("b", {"seLinuxOptions": {"type": "container_init_t", "user": "", "role": ""}}),
			k8s_test.container("c", {"seLinuxOptions": {"type": "container_kvm_t"}}),
			k8s_test.container("d", {"seLinuxOptions": {"type": "container_engine_t"}}),
			k8s_test.container("e", {"seLinuxOptions": {"type": ""}}),
		],
	}
	count(selinux.deny) == 0 with input as k8s_test.pod(spec)
}
