package k8s.workload.read_only_root_filesystem_test

import data.k8s.workload.read_only_root_filesystem
import data.lib.k8s_test

test_fail_writable_root if {
	spec := {
		"initContainers": [k8s_test.container("init", {"readOnlyRootFilesystem": false})],
		"containers": [{"name": "app"}, k8s_test.container("ro", {"readOnlyRootFilesystem": true})],
	}
	findings := read_only_root_filesystem.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "initContainers", 0, "securityContext", "readOnlyRootFilesystem"],
		["spec", "containers", 0, "securityContext"],
	}
	{f.params.value | some f in findings} == {false, "unset"}
}

test_success_read_only_or_windows if {
	count(read_only_root_filesystem.deny) == 0 with input as k8s_test.deployment({"containers": [k8s_test.container("a", {"readOnlyRootFilesystem": true})]})
	count(read_only_root_filesystem.deny) == 0 with input as k8s_test.pod({"os": {"name": "windows"}, "containers": [{"name": "iis"}]})
}
