package k8s.pss_baseline.host_process_test

import data.k8s.pss_baseline.host_process
import data.lib.k8s_test

test_fail_pod_level_host_process if {
	spec := {
		"os": {"name": "windows"},
		"securityContext": {"windowsOptions": {"hostProcess": true}},
		"hostNetwork": true,
		"containers": [{"name": "app"}],
	}
	k8s_test.paths(host_process.deny) == {["spec", "securityContext", "windowsOptions", "hostProcess"]} with input as k8s_test.pod(spec)
}

test_fail_every_container_list if {
	sc := {"windowsOptions": {"hostProcess": true}}
	spec := {
		"initContainers": [k8s_test.container("init", sc)],
		"containers": [k8s_test.container("app", {}), k8s_test.container("agent", sc)],
		"ephemeralContainers": [k8s_test.container("debug", sc)],
	}
	k8s_test.paths(host_process.deny) == {
		["spec", "initContainers", 0, "securityContext", "windowsOptions", "hostProcess"],
		["spec", "containers", 1, "securityContext", "windowsOptions", "hostProcess"],
		["spec", "ephemeralContainers", 0, "securityContext", "windowsOptions", "hostProcess"],
	} with input as k8s_test.pod(spec)
}

test_fail_in_cronjob if {
	spec := {"containers": [k8s_test.container("app", {"windowsOptions": {"hostProcess": true}})]}
	findings := host_process.deny with input as k8s_test.cronjob(spec)
	k8s_test.paths(findings) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"]}
	{f.params.target | some f in findings} == {"Container \"app\""}
	{f.id | some f in findings} == {"K8S-PSS-001"}
}

test_success_false_or_unset if {
	spec := {
		"securityContext": {"windowsOptions": {"hostProcess": false, "runAsUserName": "ContainerUser"}},
		"containers": [k8s_test.container("a", {"windowsOptions": {"hostProcess": false}}), {"name": "b"}],
	}
	count(host_process.deny) == 0 with input as k8s_test.pod(spec)
}
