package k8s.workload.sensitive_host_path_test

import data.k8s.workload.sensitive_host_path
import data.lib.k8s_test

test_fail_sensitive_paths if {
	volumes := [{"name": name, "hostPath": {"path": path}} | some name, path in {
		"root": "/",
		"etc": "/etc/",
		"shadow": "/etc/shadow",
		"proc": "/proc",
		"run": "/var/run",
		"kubelet": "/var/lib/kubelet/pods",
	}]
	findings := sensitive_host_path.deny with input as k8s_test.pod({"containers": [{"name": "a"}], "volumes": volumes})
	{f.params.hostPath | some f in findings} == {"/", "/etc", "/etc/shadow", "/proc", "/var/run", "/var/lib/kubelet/pods"}
}

test_fail_path_points_at_the_host_path if {
	spec := {"containers": [{"name": "a"}], "volumes": [{"name": "c", "emptyDir": {}}, {"name": "h", "hostPath": {"path": "/sys"}}]}
	k8s_test.paths(sensitive_host_path.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "volumes", 1, "hostPath", "path"]} with input as k8s_test.cronjob(spec)
}

test_success_other_host_paths if {
	volumes := [{"name": path, "hostPath": {"path": path}} | some path in ["/var/log", "/var/run/app", "/etcetera", "/data", "/var/run/docker.sock"]]
	count(sensitive_host_path.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "a"}], "volumes": volumes})
}
