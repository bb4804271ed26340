package k8s.cross_resource.hpa_target_test

import data.k8s.cross_resource.hpa_target
import data.lib.k8s_test

_hpa(target) := {
	"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
	"metadata": {"name": "web", "namespace": "shop"},
	"spec": {"scaleTargetRef": target, "minReplicas": 2, "maxReplicas": 5},
}

_deployment := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {}}

test_fail_missing_target if {
	findings := hpa_target.deny_run with input as k8s_test.run([
		_deployment,
		_hpa({"apiVersion": "apps/v1", "kind": "Deployment", "name": "webapp"}),
	])
	k8s_test.located(findings) == {[1, ["spec", "scaleTargetRef", "name"]]}
	{f.params.target | some f in findings} == {"Deployment/webapp"}
}

test_fail_target_of_another_kind_group_or_namespace if {
	other_namespace := object.union(_deployment, {"metadata": {"namespace": "other"}})
	findings := hpa_target.deny_run with input as k8s_test.run([
		other_namespace,
		_hpa({"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "web"}),
		_hpa({"apiVersion": "argoproj.io/v1alpha1", "kind": "Deployment", "name": "web"}),
		_hpa({"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}),
	])
	k8s_test.located(findings) == {[1, ["spec", "scaleTargetRef", "name"]], [2, ["spec", "scaleTargetRef", "name"]], [3, ["spec", "scaleTargetRef", "name"]]}
}

test_success_target_defined if {
	count(hpa_target.deny_run) == 0 with input as k8s_test.run([_hpa({"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}), _deployment])
	count(hpa_target.deny_run) == 0 with input as k8s_test.run([_hpa({"kind": "Deployment", "name": "web"}), object.union(object.remove(_deployment, {"metadata"}), {"metadata": {"name": "web"}})])
}
