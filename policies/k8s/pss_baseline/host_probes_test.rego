package k8s.pss_baseline.host_probes_test

import data.k8s.pss_baseline.host_probes
import data.lib.k8s_test

test_fail_probe_and_hook_hosts if {
	app := {
		"name": "app",
		"livenessProbe": {"httpGet": {"host": "169.254.169.254", "path": "/latest/meta-data", "port": 80}},
		"readinessProbe": {"tcpSocket": {"host": "10.0.0.1", "port": 5432}},
		"startupProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
		"lifecycle": {
			"postStart": {"httpGet": {"host": "example.com", "port": 80}},
			"preStop": {"tcpSocket": {"host": "10.0.0.2", "port": 22}},
		},
	}
	init := {"name": "init", "startupProbe": {"tcpSocket": {"host": "db", "port": 5432}}}
	findings := host_probes.deny with input as k8s_test.pod({"initContainers": [init], "containers": [app]})
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "livenessProbe", "httpGet", "host"],
		["spec", "containers", 0, "readinessProbe", "tcpSocket", "host"],
		["spec", "containers", 0, "lifecycle", "postStart", "httpGet", "host"],
		["spec", "containers", 0, "lifecycle", "preStop", "tcpSocket", "host"],
		["spec", "initContainers", 0, "startupProbe", "tcpSocket", "host"],
	}
	{[f.params.field, f.params.host] | some f in findings} == {
		["livenessProbe.httpGet.host", "169.254.169.254"],
		["readinessProbe.tcpSocket.host", "10.0.0.1"],
		["lifecycle.postStart.httpGet.host", "example.com"],
		["lifecycle.preStop.tcpSocket.host", "10.0.0.2"],
		["startupProbe.tcpSocket.host", "db"],
	}
}

test_fail_in_deployment if {
	spec := {"containers": [{"name": "app", "readinessProbe": {"httpGet": {"host": "10.0.0.1", "port": 80}}}]}
	k8s_test.paths(host_probes.deny) == {["spec", "template", "spec", "containers", 0, "readinessProbe", "httpGet", "host"]} with input as k8s_test.deployment(spec)
}

test_success_empty_or_unset_host if {
	app := {
		"name": "app",
		"livenessProbe": {"httpGet": {"host": "", "path": "/healthz", "port": 8080}},
		"readinessProbe": {"tcpSocket": {"port": 8080}},
		"startupProbe": {"exec": {"command": ["true"]}},
		"lifecycle": {"preStop": {"sleep": {"seconds": 5}}, "postStart": {"exec": {"command": ["true"]}}},
	}
	count(host_probes.deny) == 0 with input as k8s_test.pod({"containers": [app, {"name": "grpc", "livenessProbe": {"grpc": {"port": 9090}}}]})
}
