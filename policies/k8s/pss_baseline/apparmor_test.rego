package k8s.pss_baseline.apparmor_test

import data.k8s.pss_baseline.apparmor
import data.lib.k8s_test

test_fail_unconfined_field if {
	spec := {
		"securityContext": {"appArmorProfile": {"type": "Unconfined"}},
		"containers": [k8s_test.container("app", {"appArmorProfile": {"type": "Unconfined"}})],
	}
	findings := apparmor.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "securityContext", "appArmorProfile", "type"],
		["spec", "containers", 0, "securityContext", "appArmorProfile", "type"],
	}
	{f.params.profile | some f in findings} == {"Unconfined"}
}

test_fail_legacy_annotation if {
	metadata := {"name": "p", "annotations": {
		"container.apparmor.security.beta.kubernetes.io/app": "unconfined",
		"container.apparmor.security.beta.kubernetes.io/side": "runtime/default",
	}}
	findings := apparmor.deny with input as k8s_test.pod_with_metadata(metadata, {"containers": [{"name": "app"}, {"name": "side"}]})
	k8s_test.paths(findings) == {["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"]}
	{f.params.profile | some f in findings} == {"unconfined"}
}

test_fail_annotation_in_deployment_template if {
	doc := {
		"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
		"spec": {"template": {
			"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}},
			"spec": {"containers": [{"name": "app"}]},
		}},
	}
	k8s_test.paths(apparmor.deny) == {["spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"]} with input as k8s_test.envelope(doc)
}

test_fail_in_cronjob if {
	spec := {"containers": [k8s_test.container("app", {"appArmorProfile": {"type": "Unconfined"}})]}
	k8s_test.paths(apparmor.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "appArmorProfile", "type"]} with input as k8s_test.cronjob(spec)
}

test_success_allowed_profiles if {
	metadata := {"name": "p", "annotations": {
		"container.apparmor.security.beta.kubernetes.io/a": "runtime/default",
		"container.apparmor.security.beta.kubernetes.io/b": "localhost/k8s-nginx",
		"container.apparmor.security.beta.kubernetes.io/c": "",
		"example.com/unrelated": "unconfined",
	}}
	spec := {
		"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}},
		"containers": [
			k8s_test.container("a", {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-nginx"}}),
			{"name": "b"},
		],
	}
	count(apparmor.deny) == 0 with input as k8s_test.pod_with_metadata(metadata, spec)
}

test_success_annotations_of_other_kinds if {
	doc := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}}}
	count(apparmor.deny) == 0 with input as k8s_test.envelope(doc)
}
