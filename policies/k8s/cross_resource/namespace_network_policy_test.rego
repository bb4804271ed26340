package k8s.cross_resource.namespace_network_policy_test

import data.k8s.cross_resource.namespace_network_policy
import data.lib.k8s_test

_namespace(name) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}

_deployment(name, namespace) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": namespace}, "spec": {"template": {"spec": {}}}}

_policy(namespace) := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "deny", "namespace": namespace}, "spec": {"podSelector": {}}}

test_fail_on_the_namespace_object if {
	findings := namespace_network_policy.deny_run with input as k8s_test.run([
		_deployment("web", "shop"),
		_deployment("api", "shop"),
		_namespace("shop"),
	])
	k8s_test.located(findings) == {[2, ["metadata", "name"]]}
	{f.params | some f in findings} == {{"namespace": "shop", "workloads": 2}}
}

test_fail_on_the_first_workload_without_namespace_object if {
	findings := namespace_network_policy.deny_run with input as k8s_test.run([
		_policy("shop"),
		_deployment("web", "shop"),
		_deployment("batch", "jobs"),
		_deployment("report", "jobs"),
	])
	k8s_test.located(findings) == {[2, ["metadata", "namespace"]]}
}

test_fail_namespace_left_to_deploy_time if {
	pod := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {}}
	findings := namespace_network_policy.deny_run with input as k8s_test.run([pod])
	{f.params.namespace | some f in findings} == {"(set at deploy time)"}
}

test_success_every_namespace_covered if {
	count(namespace_network_policy.deny_run) == 0 with input as k8s_test.run([
		_namespace("shop"),
		_deployment("web", "shop"),
		_policy("shop"),
	])
}

test_success_namespaces_without_workloads if {
	count(namespace_network_policy.deny_run) == 0 with input as k8s_test.run([
		_namespace("empty"),
		{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s", "namespace": "shop"}, "spec": {}},
		{"apiVersion": "example.com/v1", "kind": "Deployment", "metadata": {"name": "crd", "namespace": "shop"}, "spec": {"template": {"spec": {}}}},
		{"apiVersion": "v1", "kind": "PodTemplate", "metadata": {"name": "t", "namespace": "shop"}, "template": {"spec": {}}},
	])
}
