package k8s.pss_baseline.hostpath_volumes_test

import data.k8s.pss_baseline.hostpath_volumes
import data.lib.k8s_test

test_fail_hostpath_volume if {
	spec := {
		"containers": [{"name": "a"}],
		"volumes": [{"name": "cache", "emptyDir": {}}, {"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}}],
	}
	findings := hostpath_volumes.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "volumes", 1, "hostPath"]}
	{f.params | some f in findings} == {{"volume": "sock", "hostPath": "/var/run/docker.sock"}}
}

test_fail_in_cronjob if {
	spec := {"containers": [{"name": "a"}], "volumes": [{"name": "root", "hostPath": {"path": "/"}}]}
	k8s_test.paths(hostpath_volumes.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "hostPath"]} with input as k8s_test.cronjob(spec)
}

test_success_other_volumes if {
	spec := {"containers": [{"name": "a"}], "volumes": [{"name": "c", "configMap": {"name": "c"}}, {"name": "n", "hostPath": null}]}
	count(hostpath_volumes.deny) == 0 with input as k8s_test.pod(spec)
}
