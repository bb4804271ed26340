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

# The run-scope input for these manifests: every one indexed as a document of the run.
run(manifests) := {"documents": [{"id": i, "kind": "k8s", "file": "test.yaml", "resource": _resource(m), "facts": m, "findings": []} |
	some i, m in manifests
]}

_resource(manifest) := concat("/", [manifest.kind, object.get(manifest, ["metadata", "name"], "<unnamed>")])

# The ids and paths of run-scope findings.
located(findings) := {[f.document, f.path] | some f in findings}

test_success_template_path_of_any_manifest if {
	k8s.template_path_of({"apiVersion": "batch/v1", "kind": "CronJob"}) == ["spec", "jobTemplate", "spec", "template"]
	not k8s.template_path_of({"apiVersion": "example.com/v1", "kind": "Deployment"})
	k8s.pod_labels_of({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": {"metadata": {"labels": {"a": "b"}}}}}) == {"a": "b"}
	k8s.pod_labels_of({"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"a": "b"}}}) == {"a": "b"}
	k8s.pod_labels_of({"apiVersion": "v1", "kind": "Pod", "metadata": {}}) == {}
}

test_success_is_kind_needs_the_api_group if {
	k8s.is_kind({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role"}, "rbac.authorization.k8s.io", "Role")
	not k8s.is_kind({"apiVersion": "iam.example.com/v1", "kind": "Role"}, "rbac.authorization.k8s.io", "Role")
	k8s.is_kind({"apiVersion": "v1", "kind": "Service"}, "", "Service")
}

test_success_image_reference if {
	k8s.image_reference("nginx") == {"tag": "", "digest": ""}
	k8s.image_reference("nginx:1.27") == {"tag": "1.27", "digest": ""}
	k8s.image_reference("registry.example:5000/team/app") == {"tag": "", "digest": ""}
	k8s.image_reference("registry.example:5000/team/app:latest") == {"tag": "latest", "digest": ""}
	k8s.image_reference("app@sha256:abc") == {"tag": "", "digest": "sha256:abc"}
	k8s.image_reference("app:1@sha256:abc") == {"tag": "1", "digest": "sha256:abc"}
	not k8s.image_reference("")
	not k8s.image_reference(null)
}

test_success_capability_name if {
	k8s.capability_name("cap_sys_admin") == "SYS_ADMIN"
	k8s.capability_name("NET_RAW") == "NET_RAW"
	not k8s.capability_name(1)
}

test_success_namespaces if {
	k8s.namespace_of({"metadata": {"namespace": "a"}}) == "a"
	k8s.namespace_of({"metadata": {}}) == ""
	k8s.namespace_of({"metadata": {"namespace": 3}}) == ""
	k8s.may_share_namespace({"metadata": {"namespace": "a"}}, {"metadata": {"namespace": "a"}})
	k8s.may_share_namespace({"metadata": {"namespace": "a"}}, {"metadata": {}})
	not k8s.may_share_namespace({"metadata": {"namespace": "a"}}, {"metadata": {"namespace": "b"}})
}

test_success_selector_matches if {
	labels := {"app": "web", "tier": "front"}
	k8s.selector_matches({}, labels)
	k8s.selector_matches({"matchLabels": {"app": "web"}}, labels)
	not k8s.selector_matches({"matchLabels": {"app": "api"}}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "back"]}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["front"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "zone", "operator": "NotIn", "values": ["a"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "Bogus"}]}, labels)
	not k8s.selector_matches(null, labels)
}

test_success_clean_path if {
	k8s.clean_path("/") == "/"
	k8s.clean_path("//") == "/"
	k8s.clean_path("/etc/") == "/etc"
	not k8s.clean_path("")
}

test_success_long_running if {
	k8s.long_running with input as pod({"containers": []})
	not k8s.long_running with input as pod({"restartPolicy": "Never", "containers": []})
	not k8s.long_running with input as cronjob({"containers": []})
	k8s.long_running with input as deployment({"containers": []})
}

test_success_role_rules_and_binding_subjects_only_on_rbac_kinds if {
	role := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r"}, "rules": [{"verbs": ["get"]}]}
	{[r.path, r.target] | some r in k8s.role_rules} == {[["rules", 0], "Role r rule 0"]} with input as envelope(role)
	count(k8s.role_rules) == 0 with input as envelope(object.union(role, {"apiVersion": "example.com/v1"}))
	binding := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "subjects": [{"kind": "User", "name": "a"}]}
	{s.path | some s in k8s.binding_subjects} == {["subjects", 0]} with input as envelope(binding)
	count(k8s.binding_subjects) == 0 with input as envelope(object.union(binding, {"kind": "Binding"}))
}

test_success_host_matches if {
	k8s.host_matches("a.example.com", "a.example.com")
	k8s.host_matches("*.example.com", "a.example.com")
	not k8s.host_matches("*.example.com", "a.b.example.com")
	not k8s.host_matches("*.example.com", "example.com")
}

# A Role (or ClusterRole, with kind) with these rules.
role(kind, namespace, rules) := envelope({
	"apiVersion": "rbac.authorization.k8s.io/v1",
	"kind": kind,
	"metadata": {"name": "r", "namespace": namespace},
	"rules": rules,
})

# A RoleBinding (or ClusterRoleBinding, with kind) of a ClusterRole to these subjects.
binding(kind, cluster_role, subjects) := envelope({
	"apiVersion": "rbac.authorization.k8s.io/v1",
	"kind": kind,
	"metadata": {"name": "b"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": cluster_role},
	"subjects": subjects,
})

# A Service with this spec and these annotations.
service(spec, annotations) := envelope({
	"apiVersion": "v1",
	"kind": "Service",
	"metadata": {"name": "s", "annotations": annotations},
	"spec": spec,
})

# An Ingress with this spec.
ingress(spec) := envelope({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "i"}, "spec": spec})
