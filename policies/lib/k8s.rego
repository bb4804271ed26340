# METADATA
# title: Kubernetes helpers
# description: |
#   Finds the pod template of every pod-bearing kind and hands rules its spec, metadata and
#   containers together with their paths inside input.document, so that a finding on a
#   CronJob points at the CronJob's own field. Anything else (Service, ConfigMap, a CRD that
#   reuses a kind name in another API group) has no pod and so never reaches a pod rule.
package lib.k8s

# Where the pod template sits, by API group and kind. Pods are their own template.
_template_roots := {
	"": {
		"Pod": [],
		"PodTemplate": ["template"],
		"ReplicationController": ["spec", "template"],
	},
	"apps": {
		"DaemonSet": ["spec", "template"],
		"Deployment": ["spec", "template"],
		"ReplicaSet": ["spec", "template"],
		"StatefulSet": ["spec", "template"],
	},
	# extensions/v1beta1 is no longer served, but old manifests still use it.
	"extensions": {
		"DaemonSet": ["spec", "template"],
		"Deployment": ["spec", "template"],
		"ReplicaSet": ["spec", "template"],
	},
	"batch": {
		"CronJob": ["spec", "jobTemplate", "spec", "template"],
		"Job": ["spec", "template"],
	},
}

# api_group("apps/v1") is "apps"; the core group ("v1") is "".
api_group(api_version) := split(api_version, "/")[0] if {
	is_string(api_version)
	contains(api_version, "/")
}

api_group(api_version) := "" if {
	is_string(api_version)
	not contains(api_version, "/")
}

# Path of the pod template (the object holding metadata and spec) inside input.document.
template_path := template_path_of(input.document)

# template_path_of(manifest) is the path of the pod template inside any manifest (run-scope rules
# see every document's facts, not input.document); undefined for kinds that carry no pod.
template_path_of(manifest) := _template_roots[api_group(manifest.apiVersion)][manifest.kind]

# is_kind(manifest, group, kind): the manifest is of that kind in that API group, so that a CRD
# reusing a built-in kind's name in its own group is never taken for the built-in.
is_kind(manifest, group, kind) if {
	api_group(manifest.apiVersion) == group
	manifest.kind == kind
}

# The pod spec and its path; undefined for kinds that carry no pod.
pod_spec := pod_spec_of(input.document)

# pod_spec_of(manifest) is pod_spec for any manifest (run-scope rules read every document's facts).
pod_spec_of(manifest) := {"spec": spec, "path": path} if {
	path := array.concat(template_path_of(manifest), ["spec"])
	spec := object.get(manifest, path, null)
	is_object(spec)
}

# pod_labels_of(manifest) is the labels its pods get (the template's, for controllers); {} when none.
pod_labels_of(manifest) := _object_or_empty(object.get(manifest, array.concat(template_path_of(manifest), ["metadata", "labels"]), null))

# The pod metadata (the template's, for controllers) and its path; {} when absent.
pod_metadata := {"metadata": metadata, "path": path} if {
	pod_spec
	path := array.concat(template_path, ["metadata"])
	metadata := _object_or_empty(object.get(input.document, path, null))
}

# The pod-level securityContext and its path; {} when absent.
pod_security_context := {"context": context, "path": path} if {
	path := array.concat(pod_spec.path, ["securityContext"])
	context := _object_or_empty(object.get(pod_spec.spec, "securityContext", null))
}

# Windows pods are exempt from the Linux-only restricted controls.
is_windows if pod_spec.spec.os.name == "windows"

# The pod runs in its own user namespace (spec.hostUsers: false).
uses_user_namespace if pod_spec.spec.hostUsers == false

# Every container of the pod, init and ephemeral ones included, with its path, its
# securityContext ({} when absent) and a `target` naming it in messages. An array, not a
# set: set members are hashed on insertion, and these carry whole container objects.
containers := [c |
	some field, label in _container_fields
	list := pod_spec.spec[field]
	is_array(list)
	some i, container in list
	is_object(container)
	name := object.get(container, "name", "")
	c := {
		"container": container,
		"field": field,
		"name": name,
		"path": array.concat(pod_spec.path, [field, i]),
		"security_context": _object_or_empty(object.get(container, "securityContext", null)),
		"target": concat("", [label, " \"", _text(name), "\""]),
	}
]

_container_fields := {
	"containers": "Container",
	"initContainers": "Init container",
	"ephemeralContainers": "Ephemeral container",
}

# The `target` of findings on the pod-level securityContext.
pod_target := "The pod"

# The pod-level securityContext and every container's, each with its path and target:
# for controls that restrict the same field wherever it is set.
security_contexts := array.concat(
	[{"context": context.context, "path": context.path, "target": pod_target} | context := pod_security_context],
	[{"context": c.security_context, "path": array.concat(c.path, ["securityContext"]), "target": c.target} | some c in containers],
)

# Containers whose securityContext.procMount is anything but Default (baseline and
# restricted differ only in whether a user namespace excuses them).
non_default_proc_mounts contains {"target": c.target, "path": path, "value": value} if {
	some c in containers
	value := c.security_context.procMount
	not value in {"Default", null}
	path := array.concat(c.path, ["securityContext", "procMount"])
}

# The seccomp profile types the standard accepts wherever a profile is set.
seccomp_profile_types := {"RuntimeDefault", "Localhost"}

# describe(value) is the value for a message, or "unset" when it is absent or null.
describe(value) := "unset" if value == null

describe(value) := value if value != null

# present(value, rel) holds when the value at relative path `rel` exists and is not null.
present(value, rel) if object.get(value, rel, null) != null

# field_path(value, base, rel) is base + rel, cut just after the first segment that is
# missing from `value`: a finding on an absent field points at the deepest part that exists
# plus the child that should be there.
field_path(value, base, rel) := array.concat(base, array.slice(rel, 0, _present_depth(value, rel) + 1)) if {
	not present(value, rel)
}

field_path(value, base, rel) := array.concat(base, rel) if present(value, rel)

_present_depth(value, rel) := max({n |
	some n in numbers.range(0, count(rel) - 1)
	_present_prefix(value, rel, n)
})

_present_prefix(_, _, 0)

_present_prefix(value, rel, n) if {
	n > 0
	present(value, array.slice(rel, 0, n))
}

_object_or_empty(value) := value if is_object(value)

_object_or_empty(value) := {} if not is_object(value)

_text(value) := value if _named(value)

_text(value) := "<unnamed>" if not _named(value)

_named(value) if {
	is_string(value)
	value != ""
}

# Containers that run for the pod's lifetime, init containers included: what resources and a
# read-only root filesystem apply to. Ephemeral (debugging) containers can set no resources.
lifetime_containers := [c |
	some c in containers
	c.field in {"containers", "initContainers"}
]

# The pod is meant to keep running, so that probes make sense: not a Job, a CronJob, or a Pod
# that runs to completion.
long_running if {
	pod_spec
	not input.document.kind in {"Job", "CronJob"}
	not object.get(pod_spec.spec, "restartPolicy", "Always") in {"Never", "OnFailure"}
}

# image_reference(image) is {"tag", "digest"} of an image reference, each "" when absent. The tag
# follows the last ":" of the last path segment: a registry port sits in the first segment.
image_reference(image) := {"tag": _image_tag(split(image, "@")[0]), "digest": _image_digest(image)} if {
	is_string(image)
	image != ""
}

_image_digest(image) := substring(image, indexof(image, "@") + 1, -1) if contains(image, "@")

_image_digest(image) := "" if not contains(image, "@")

_image_tag(name) := tag if {
	segments := split(name, "/")
	parts := split(segments[count(segments) - 1], ":")
	tag := _second_or_empty(parts)
}

_second_or_empty(parts) := parts[1] if count(parts) > 1

_second_or_empty(parts) := "" if count(parts) == 1

# capability_name("cap_sys_admin") is "SYS_ADMIN": container runtimes accept either spelling.
capability_name(value) := trim_prefix(upper(value), "CAP_") if is_string(value)

# namespace_of(manifest) is its metadata.namespace, or "" when the manifest leaves the namespace
# to deploy time (kubectl's context, Helm's release namespace).
namespace_of(manifest) := namespace if {
	namespace := object.get(manifest, ["metadata", "namespace"], "")
	is_string(namespace)
}

namespace_of(manifest) := "" if not is_string(object.get(manifest, ["metadata", "namespace"], ""))

# may_share_namespace(a, b): two manifests' namespaces are equal, or one is left to deploy time
# and so may be the other's (unknown is not a mismatch).
may_share_namespace(a, b) if namespace_of(a) == namespace_of(b)

may_share_namespace(a, b) if "" in {namespace_of(a), namespace_of(b)}

# selector_matches(selector, labels): a label selector (matchLabels and matchExpressions) selects
# a pod with these labels; the empty selector selects every pod.
selector_matches(selector, labels) if {
	is_object(selector)
	every key, value in _object_or_empty(object.get(selector, "matchLabels", {})) {
		labels[key] == value
	}
	every expression in as_array(object.get(selector, "matchExpressions", [])) {
		_expression_matches(expression, labels)
	}
}

_expression_matches(expression, labels) if {
	expression.operator == "In"
	labels[expression.key] in as_array(expression.values)
}

_expression_matches(expression, labels) if {
	expression.operator == "NotIn"
	not object.get(labels, expression.key, null) in as_array(expression.values)
}

_expression_matches(expression, labels) if {
	expression.operator == "Exists"
	expression.key in object.keys(labels)
}

_expression_matches(expression, labels) if {
	expression.operator == "DoesNotExist"
	not expression.key in object.keys(labels)
}

# RBAC ---------------------------------------------------------------------------------------

rbac_group := "rbac.authorization.k8s.io"

# Every rule of a Role or ClusterRole with its path and a `target` naming it in messages.
role_rules contains {"rule": rule, "path": ["rules", i], "target": target} if {
	input.document.kind in {"Role", "ClusterRole"}
	api_group(input.document.apiVersion) == rbac_group
	some i, rule in as_array(input.document.rules)
	is_object(rule)
	target := concat("", [input.document.kind, " ", _text(object.get(input.document, ["metadata", "name"], "")), " rule ", format_int(i, 10)])
}

# grants(rule, field, values): the rule's apiGroups, resources or verbs (`field`) list one of
# `values`, or the wildcard "*".
grants(rule, field, values) if {
	some value in as_array(object.get(rule, field, []))
	value in ({"*"} | values)
}

# Every subject of a RoleBinding or ClusterRoleBinding with its path.
binding_subjects contains {"subject": subject, "path": ["subjects", i]} if {
	input.document.kind in {"RoleBinding", "ClusterRoleBinding"}
	api_group(input.document.apiVersion) == rbac_group
	some i, subject in as_array(input.document.subjects)
	is_object(subject)
}

# text(value) is a name for messages: the value, or "<unnamed>" when it is not a non-empty string.
text(value) := _text(value)

# as_object(value) is the value when it is an object, else {}; as_array likewise for arrays.
as_object(value) := _object_or_empty(value)

as_array(value) := value if is_array(value)

as_array(value) := [] if not is_array(value)

# clean_path("/etc/") is "/etc": a host path without its trailing slashes, "/" staying "/".
clean_path(path) := "/" if {
	is_string(path)
	trim_right(path, "/") == ""
	path != ""
}

clean_path(path) := trimmed if {
	is_string(path)
	trimmed := trim_right(path, "/")
	trimmed != ""
}

# host_paths lists every hostPath volume of the pod with its cleaned path and the path to it.
host_paths contains {"volume": text(object.get(volume, "name", "")), "host_path": clean_path(host_path), "path": path} if {
	some i, volume in pod_spec.spec.volumes
	host_path := volume.hostPath.path
	path := array.concat(pod_spec.path, ["volumes", i, "hostPath", "path"])
}

# unset_resources(section) lists, for "limits" or "requests", each lifetime container that does
# not set both cpu and memory there: `resources` names what is missing, `path` points at the one
# missing value, or at the section when both are.
unset_resources(section) := {{"target": c.target, "resources": concat(" and ", missing), "path": path} |
	some c in lifetime_containers
	missing := [resource | some resource in ["cpu", "memory"]; not present(c.container, ["resources", section, resource])]
	count(missing) > 0
	path := field_path(c.container, c.path, _resources_path(section, missing))
}

_resources_path(section, [resource]) := ["resources", section, resource]

_resources_path(section, missing) := ["resources", section] if count(missing) > 1

# unset_probes(probe) lists the app containers of a long-running pod that define no `probe`
# (livenessProbe, readinessProbe), with the path where it belongs.
unset_probes(probe) := {{"target": c.target, "path": field_path(c.container, c.path, [probe])} |
	long_running
	some c in containers
	c.field == "containers"
	not present(c.container, [probe])
}

# Exposure -----------------------------------------------------------------------------------

# The Service's name for messages.
service_name := text(object.get(input.document, ["metadata", "name"], ""))

# The input is a Service of type LoadBalancer.
load_balancer if {
	is_kind(input.document, "", "Service")
	input.document.spec.type == "LoadBalancer"
}

# The cloud providers' annotations that keep a load balancer on the private network.
_internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true"},
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"networking.gke.io/load-balancer-type": {"Internal"},
	"cloud.google.com/load-balancer-type": {"Internal"},
}

internal_load_balancer if {
	some annotation, values in _internal_annotations
	input.document.metadata.annotations[annotation] in values
}

# The client ranges a LoadBalancer admits, from spec.loadBalancerSourceRanges or, where the
# field is empty, the older annotation; each with the path to report.
load_balancer_source_ranges contains {"cidr": trim_space(cidr), "path": ["spec", "loadBalancerSourceRanges", i]} if {
	some i, cidr in input.document.spec.loadBalancerSourceRanges
	is_string(cidr)
}

load_balancer_source_ranges contains {"cidr": trim_space(cidr), "path": ["metadata", "annotations", _ranges_annotation]} if {
	count(as_array(object.get(input.document, ["spec", "loadBalancerSourceRanges"], []))) == 0
	some cidr in split(input.document.metadata.annotations[_ranges_annotation], ",")
	trim_space(cidr) != ""
}

_ranges_annotation := "service.beta.kubernetes.io/load-balancer-source-ranges"

# The input is an Ingress (networking.k8s.io, or the retired extensions group).
ingress if {
	input.document.kind == "Ingress"
	api_group(input.document.apiVersion) in {"networking.k8s.io", "extensions"}
}

# host_matches(pattern, host): a TLS or rule host pattern covers the host; "*.example.com"
# covers exactly one more label.
host_matches(pattern, host) if pattern == host

host_matches(pattern, host) if {
	startswith(pattern, "*.")
	endswith(host, substring(pattern, 1, -1))
	count(split(host, ".")) == count(split(pattern, "."))
}
