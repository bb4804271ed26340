package k8s.workload.runtime_socket_test

import data.k8s.workload.runtime_socket
import data.lib.k8s_test

test_fail_runtime_sockets if {
	spec := {"containers": [{"name": "a"}], "volumes": [
		{"name": "docker", "hostPath": {"path": "/var/run/docker.sock"}},
		{"name": "containerd", "hostPath": {"path": "/run/containerd/containerd.sock", "type": "Socket"}},
		{"name": "crio-dir", "hostPath": {"path": "/var/run/crio/"}},
		{"name": "logs", "hostPath": {"path": "/var/log"}},
	]}
	findings := runtime_socket.deny with input as k8s_test.deployment(spec)
	k8s_test.paths(findings) == {
		["spec", "template", "spec", "volumes", 0, "hostPath", "path"],
		["spec", "template", "spec", "volumes", 1, "hostPath", "path"],
		["spec", "template", "spec", "volumes", 2, "hostPath", "path"],
	}
	{f.params.hostPath | some f in findings} == {"/var/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/crio"}
}

test_success_other_volumes if {
	spec := {"containers": [{"name": "a"}], "volumes": [
		{"name": "logs", "hostPath": {"path": "/var/log/pods"}},
		{"name": "sock-named-dir", "hostPath": {"path": "/srv/docker.socket-backup"}},
		{"name": "cache", "emptyDir": {}},
	]}
	count(runtime_socket.deny) == 0 with input as k8s_test.pod(spec)
}
