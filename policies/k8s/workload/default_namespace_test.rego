package k8s.workload.default_namespace_test

import data.k8s.workload.default_namespace
import data.lib.k8s_test

test_fail_default_namespace if {
	k8s_test.paths(default_namespace.deny) == {["metadata", "namespace"]} with input as k8s_test.pod_with_metadata({"name": "p", "namespace": "default"}, {"containers": []})
}

test_success_other_or_unset_namespace if {
	count(default_namespace.deny) == 0 with input as k8s_test.pod_with_metadata({"name": "p", "namespace": "shop"}, {"containers": []})
	count(default_namespace.deny) == 0 with input as k8s_test.pod({"containers": []})
}

test_success_not_a_workload if {
	service := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s", "namespace": "default"}, "spec": {}}
	count(default_namespace.deny) == 0 with input as k8s_test.envelope(service)
}
