package k8s.pss_baseline.host_ports_test

import data.k8s.pss_baseline.host_ports
import data.lib.k8s_test

test_fail_host_port if {
	app := {"name": "app", "ports": [{"containerPort": 8080}, {"containerPort": 443, "hostPort": 443}]}
	debug := {"name": "debug", "ports": [{"containerPort": 9000, "hostPort": 9000}]}
	spec := {"containers": [app], "ephemeralContainers": [debug]}
	findings := host_ports.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "containers", 0, "ports", 1, "hostPort"], ["spec", "ephemeralContainers", 0, "ports", 0, "hostPort"]}
	{f.params.hostPort | some f in findings} == {443, 9000}
}

test_fail_in_deployment if {
	spec := {"containers": [{"name": "app", "ports": [{"containerPort": 80, "hostPort": 80}]}]}
	k8s_test.paths(host_ports.deny) == {["spec", "template", "spec", "containers", 0, "ports", 0, "hostPort"]} with input as k8s_test.deployment(spec)
}

test_success_zero_or_unset if {
	spec := {"containers": [{"name": "app", "ports": [{"containerPort": 80, "hostPort": 0}, {"containerPort": 81}]}]}
	count(host_ports.deny) == 0 with input as k8s_test.pod(spec)
}
