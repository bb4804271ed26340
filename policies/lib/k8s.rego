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
template_path := _template_roots[api_group(input.document.apiVersion)][input.document.kind]

# The pod spec and its path; undefined for kinds that carry no pod.
pod_spec := {"spec": spec, "path": path} if {
	path := array.concat(template_path, ["spec"])
	spec := object.get(input.document, path, null)
	is_object(spec)
}

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
# securityContext ({} when absent) and a `target` naming it in messages.
containers contains c if {
	some field, label in _container_fields
	list := pod_spec.spec[field]
	is_array(list)
	some i, container in list
	is_object(container)
	name := object.get(container, "name", "")
	c := {
		"container": container,
		"name": name,
		"path": array.concat(pod_spec.path, [field, i]),
		"security_context": _object_or_empty(object.get(container, "securityContext", null)),
		"target": concat("", [label, " \"", _text(name), "\""]),
	}
}

_container_fields := {
	"containers": "Container",
	"initContainers": "Init container",
	"ephemeralContainers": "Ephemeral container",
}

# The `target` of findings on the pod-level securityContext.
pod_target := "The pod"

# The pod-level securityContext and every container's, each with its path and target:
# for controls that restrict the same field wherever it is set.
security_contexts contains {"context": context.context, "path": context.path, "target": pod_target} if {
	context := pod_security_context
}

security_contexts contains {"context": c.security_context, "path": array.concat(c.path, ["securityContext"]), "target": c.target} if {
	some c in containers
}

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
