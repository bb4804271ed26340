package k8s.workload.service_account_token_test

import data.k8s.workload.service_account_token
import data.lib.k8s_test

_deployment(name, namespace, spec) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": name, "namespace": namespace},
	"spec": {"template": {"spec": spec}},
}

_account(name, namespace, automount) := {
	"apiVersion": "v1", "kind": "ServiceAccount",
	"metadata": {"name": name, "namespace": namespace},
	"automountServiceAccountToken": automount,
}

test_fail_default_account_with_token if {
	findings := service_account_token.deny_run with input as k8s_test.run([
		_deployment("implicit", "shop", {}),
		_deployment("explicit", "shop", {"serviceAccountName": "default", "automountServiceAccountToken": true}),
		_deployment("legacy-field", "shop", {"serviceAccount": "default"}),
	])
	k8s_test.located(findings) == {
		[0, ["spec", "template", "spec", "automountServiceAccountToken"]],
		[1, ["spec", "template", "spec", "automountServiceAccountToken"]],
		[2, ["spec", "template", "spec", "automountServiceAccountToken"]],
	}
	{f.params.workload | some f in findings} == {"Deployment/implicit", "Deployment/explicit", "Deployment/legacy-field"}
}

test_fail_default_account_of_another_namespace_disables_nothing_here if {
	findings := service_account_token.deny_run with input as k8s_test.run([
		_account("default", "other", false),
		_deployment("web", "shop", {}),
	])
	k8s_test.located(findings) == {[1, ["spec", "template", "spec", "automountServiceAccountToken"]]}
}

test_success_disabled_or_dedicated_account if {
	count(service_account_token.deny_run) == 0 with input as k8s_test.run([
		_deployment("off", "shop", {"automountServiceAccountToken": false}),
		_deployment("dedicated", "shop", {"serviceAccountName": "web"}),
	])
}

test_success_default_account_disables_it if {
	count(service_account_token.deny_run) == 0 with input as k8s_test.run([
		_account("default", "shop", false),
		_deployment("web", "shop", {}),
	])
}

test_success_no_pod_kinds if {
	count(service_account_token.deny_run) == 0 with input as k8s_test.run([
		_account("default", "shop", true),
		{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {}},
		{"apiVersion": "example.com/v1", "kind": "Deployment", "metadata": {"name": "crd"}, "spec": {"template": {"spec": {}}}},
	])
}
