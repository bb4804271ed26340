# Tests of lib.k8s, and the input builders the Kubernetes rule tests share.
package lib.k8s_test

import data.lib.k8s

envelope(document) := {"kind": "k8s", "file": "test.yaml", "document": document, "context": {}}

pod(spec) := pod_with_metadata({"name": "p"}, spec)

pod_with_metadata(metadata, spec) := envelope({"apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec})

deployment(spec) := envelope({
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "d"},
	"spec": {"template": {"metadata": {"labels": {"app": "d"}}, "spec": spec}},
})

cronjob(spec) := envelope({
	"apiVersion": "batch/v1",
	"kind": "CronJob",
	"metadata": {"name": "c"},
	"spec": {"schedule": "0 * * * *", "jobTemplate": {"spec": {"template": {"spec": spec}}}},
})

# A container that meets every restricted control, with `overrides` merged into its
# securityContext.
hardened(name, overrides) := {
	"name": name,
	"image": "registry.example/app:1.0",
	"securityContext": object.union(
		{
			"allowPrivilegeEscalation": false,
			"runAsNonRoot": true,
			"seccompProfile": {"type": "RuntimeDefault"},
			"capabilities": {"drop": ["ALL"]},
		},
		overrides,
	),
}

container(name, security_context) := {"name": name, "image": "registry.example/app:1.0", "securityContext": security_context}

paths(findings) := {f.path | some f in findings}

_spec := {"containers": [{"name": "app", "image": "app:1"}]}

_kinds := {
	"Pod": {"apiVersion": "v1", "spec": _spec, "expect": []},
	"PodTemplate": {"apiVersion": "v1", "template": {"spec": _spec}, "expect": ["template"]},
	"ReplicationController": {"apiVersion": "v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"Deployment": {"apiVersion": "apps/v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"ReplicaSet": {"apiVersion": "apps/v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"StatefulSet": {"apiVersion": "apps/v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"DaemonSet": {"apiVersion": "apps/v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"Job": {"apiVersion": "batch/v1", "spec": {"template": {"spec": _spec}}, "expect": ["spec", "template"]},
	"CronJob": {
		"apiVersion": "batch/v1",
		"spec": {"jobTemplate": {"spec": {"template": {"spec": _spec}}}},
		"expect": ["spec", "jobTemplate", "spec", "template"],
	},
}

_document(kind, shape) := object.union(object.remove(shape, {"expect"}), {"kind": kind, "metadata": {"name": "x"}})

test_success_pod_spec_of_every_pod_bearing_kind if {
	every kind, shape in _kinds {
		k8s.pod_spec.path == array.concat(shape.expect, ["spec"]) with input as envelope(_document(kind, shape))
		k8s.pod_spec.spec == _spec with input as envelope(_document(kind, shape))
	}
}

test_success_container_paths_follow_the_kind if {
	every kind, shape in _kinds {
		{c.path | some c in k8s.containers} == {array.concat(shape.expect, ["spec", "containers", 0])} with input as envelope(_document(kind, shape))
	}
}

test_success_legacy_api_groups if {
	k8s.pod_spec.path == ["spec", "template", "spec"] with input as envelope({
		"apiVersion": "extensions/v1beta1", "kind": "Deployment",
		"spec": {"template": {"spec": _spec}},
	})
	k8s.pod_spec.path == ["spec", "jobTemplate", "spec", "template", "spec"] with input as envelope({
		"apiVersion": "batch/v1beta1", "kind": "CronJob",
		"spec": {"jobTemplate": {"spec": {"template": {"spec": _spec}}}},
	})
}

test_success_no_pod_in_other_kinds if {
	every document in [
		{"apiVersion": "v1", "kind": "Service", "spec": {"ports": [{"port": 80}]}},
		{"apiVersion": "v1", "kind": "ConfigMap", "data": {"spec": "x"}},
		{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n"}},
		# a CRD kind that reuses a core kind's name in another API group
		{"apiVersion": "batch.volcano.sh/v1alpha1", "kind": "Job", "spec": {"template": {"spec": _spec}}},
		{"apiVersion": "example.com/v1", "kind": "Pod", "spec": _spec},
		{"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "spec": {"group": "example.com"}},
	] {
		not k8s.pod_spec with input as envelope(document)
		count(k8s.containers) == 0 with input as envelope(document)
		count(k8s.security_contexts) == 0 with input as envelope(document)
	}
}

test_success_malformed_specs_yield_nothing if {
	every document in [
		{"apiVersion": "v1", "kind": "Pod", "spec": "not an object"},
		{"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": "x"}},
		{"apiVersion": 1, "kind": "Pod", "spec": _spec},
		{"kind": "Pod", "spec": _spec},
	] {
		not k8s.pod_spec with input as envelope(document)
	}
	count(k8s.containers) == 0 with input as pod({"containers": {"name": "a"}})
	count(k8s.containers) == 0 with input as pod({"containers": ["a string"]})
}

test_success_all_container_lists_with_targets if {
	spec := {
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app", "securityContext": {"privileged": false}}, {"name": "side"}],
		"ephemeralContainers": [{"name": "debug"}],
	}
	found := {[c.path, c.target, c.security_context] | some c in k8s.containers} with input as pod(spec)
	found == {
		[["spec", "initContainers", 0], "Init container \"init\"", {}],
		[["spec", "containers", 0], "Container \"app\"", {"privileged": false}],
		[["spec", "containers", 1], "Container \"side\"", {}],
		[["spec", "ephemeralContainers", 0], "Ephemeral container \"debug\"", {}],
	}
}

test_success_security_contexts_include_the_pod if {
	spec := {"securityContext": {"runAsUser": 1}, "containers": [{"name": "app"}]}
	found := {[s.path, s.target, s.context] | some s in k8s.security_contexts} with input as pod(spec)
	found == {
		[["spec", "securityContext"], "The pod", {"runAsUser": 1}],
		[["spec", "containers", 0, "securityContext"], "Container \"app\"", {}],
	}
}

test_success_pod_metadata_of_templates if {
	k8s.pod_metadata == {"metadata": {"labels": {"app": "d"}}, "path": ["spec", "template", "metadata"]} with input as deployment(_spec)
	k8s.pod_metadata == {"metadata": {}, "path": ["spec", "jobTemplate", "spec", "template", "metadata"]} with input as cronjob(_spec)
}

test_success_os_and_user_namespace if {
	k8s.is_windows with input as pod({"os": {"name": "windows"}, "containers": []})
	not k8s.is_windows with input as pod({"os": {"name": "linux"}, "containers": []})
	not k8s.is_windows with input as pod({"containers": []})
	k8s.uses_user_namespace with input as pod({"hostUsers": false, "containers": []})
	not k8s.uses_user_namespace with input as pod({"hostUsers": true, "containers": []})
	not k8s.uses_user_namespace with input as pod({"containers": []})
}

test_success_field_path_stops_after_the_first_missing_segment if {
	value := {"securityContext": {"capabilities": {"add": ["X"]}}}
	k8s.field_path(value, ["c"], ["securityContext", "capabilities", "drop"]) == ["c", "securityContext", "capabilities", "drop"]
	k8s.field_path(value, ["c"], ["securityContext", "capabilities", "add"]) == ["c", "securityContext", "capabilities", "add"]
	k8s.field_path(value, ["c"], ["securityContext", "seccompProfile", "type"]) == ["c", "securityContext", "seccompProfile"]
	k8s.field_path({}, ["c"], ["securityContext", "runAsNonRoot"]) == ["c", "securityContext"]
	k8s.field_path({"securityContext": null}, ["c"], ["securityContext", "runAsNonRoot"]) == ["c", "securityContext"]
}

test_success_non_default_proc_mounts if {
	spec := {"containers": [
		{"name": "a", "securityContext": {"procMount": "Unmasked"}},
		{"name": "b", "securityContext": {"procMount": "Default"}},
		{"name": "c"},
	]}
	found := k8s.non_default_proc_mounts with input as pod(spec)
	found == {{"target": "Container \"a\"", "path": ["spec", "containers", 0, "securityContext", "procMount"], "value": "Unmasked"}}
}

test_success_api_group if {
	k8s.api_group("v1") == ""
	k8s.api_group("apps/v1") == "apps"
	k8s.api_group("batch.volcano.sh/v1alpha1") == "batch.volcano.sh"
	not k8s.api_group(1)
}

test_success_describe if {
	k8s.describe(null) == "unset"
	k8s.describe(true) == true
}

test_success_unnamed_container_target if {
	{c.target | some c in k8s.containers} == {"Container \"<unnamed>\""} with input as pod({"containers": [{"image": "app:1"}]})
}
