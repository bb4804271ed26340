package k8s.cross_resource.pdb_selector_test

import data.k8s.cross_resource.pdb_selector
import data.lib.k8s_test

_budget(selector) := {
	"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
	"metadata": {"name": "web", "namespace": "shop"},
	"spec": {"minAvailable": 1, "selector": selector},
}

_deployment(namespace, labels) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": "web", "namespace": namespace},
	"spec": {"template": {"metadata": {"labels": labels}, "spec": {}}},
}

test_fail_selects_nothing if {
	findings := pdb_selector.deny_run with input as k8s_test.run([
		_deployment("shop", {"app": "web"}),
		_budget({"matchLabels": {"app": "website"}}),
		_deployment("other", {"app": "website"}),
	])
	k8s_test.located(findings) == {[1, ["spec", "selector"]]}
}

test_fail_no_selector if {
	budget := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "b"}, "spec": {"maxUnavailable": 1}}
	k8s_test.located(pdb_selector.deny_run) == {[0, ["spec", "selector"]]} with input as k8s_test.run([budget, _deployment("shop", {"app": "web"})])
}

test_success_selects_a_workload if {
	count(pdb_selector.deny_run) == 0 with input as k8s_test.run([
		_budget({"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]}),
		_deployment("shop", {"app": "web", "tier": "front"}),
	])
}

test_success_pod_without_namespace if {
	pod := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"app": "web"}}, "spec": {}}
	count(pdb_selector.deny_run) == 0 with input as k8s_test.run([_budget({"matchLabels": {"app": "web"}}), pod])
}
