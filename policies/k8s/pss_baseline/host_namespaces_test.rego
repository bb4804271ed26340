package k8s.pss_baseline.host_namespaces_test

import data.k8s.pss_baseline.host_namespaces
import data.lib.k8s_test

test_fail_each_host_namespace if {
	spec := {"hostNetwork": true, "hostPID": true, "hostIPC": true, "containers": [{"name": "a"}]}
	findings := host_namespaces.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "hostNetwork"], ["spec", "hostPID"], ["spec", "hostIPC"]}
	{[f.params.field, f.params.namespace] | some f in findings} == {["hostNetwork", "network"], ["hostPID", "process ID"], ["hostIPC", "IPC"]}
}

test_fail_in_deployment if {
	spec := {"hostPID": true, "containers": [{"name": "a"}]}
	k8s_test.paths(host_namespaces.deny) == {["spec", "template", "spec", "hostPID"]} with input as k8s_test.deployment(spec)
}

test_success_false_or_unset if {
	count(host_namespaces.deny) == 0 with input as k8s_test.pod({"hostNetwork": false, "hostPID": false, "containers": [{"name": "a"}]})
	count(host_namespaces.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "a"}]})
}

test_success_not_a_pod if {
	doc := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "spec": {"hostNetwork": true}}
	count(host_namespaces.deny) == 0 with input as k8s_test.envelope(doc)
}
