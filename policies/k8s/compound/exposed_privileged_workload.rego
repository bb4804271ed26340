# METADATA
# title: Disallow privileged workloads reachable from the Internet
# description: >-
#   A workload that runs with host-level privilege (privileged containers, host namespaces, host
#   paths, added capabilities) and that a LoadBalancer, NodePort or externalIPs Service, or an
#   Ingress, exposes outside the cluster: one exploited request reaches the node. Reported on the
#   workload, naming the privilege findings and the route. Evaluated over the whole change.
# custom:
#   id: K8S-COMPOUND-001
#   severity: critical
#   controls: []
#   remediation: >-
#     Drop the privilege (no privileged, host namespaces, hostPath or added capabilities), or keep
#     the workload internal: a ClusterIP Service without an Ingress, or loadBalancerSourceRanges.
#   message: "{{workload}} runs with host privilege ({{privileges}}) and is reachable from outside the cluster through {{routes}}."
package k8s.compound.exposed_privileged_workload

import data.lib.k8s
import data.lib.result

# Document-pass findings that give a workload host-level privilege.
_privileges := {
	"K8S-PSS-001": "HostProcess",
	"K8S-PSS-002": "host namespaces",
	"K8S-PSS-003": "privileged",
	"K8S-PSS-004": "added capabilities",
	"K8S-PSS-005": "hostPath volumes",
	"K8S-WL-009": "container runtime socket",
	"K8S-WL-010": "host system directories",
	"K8S-WL-012": "CAP_SYS_ADMIN",
}

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, path, params) if {
	some doc in input.documents
	doc.kind == "k8s"
	template := k8s.template_path_of(doc.facts)
	privileges := [concat("", [_privileges[id], " (", id, ")"]) | some id in doc.findings; _privileges[id]]
	count(privileges) > 0
	labels := k8s.pod_labels_of(doc.facts)
	routes := {route.why |
		some route in _routes
		k8s.may_share_namespace(route.facts, doc.facts)
		_selects(route.selector, labels)
	}
	count(routes) > 0
	path := array.concat(template, ["spec"])
	params := {"workload": doc.resource, "privileges": concat(", ", privileges), "routes": concat("; ", routes)}
}

# Services that take traffic from outside the cluster, with the reason.
_routes contains {"facts": doc.facts, "selector": doc.facts.spec.selector, "why": concat("", [doc.resource, " (", type, ")"])} if {
	some doc in _services
	type := _reachable_as(doc.facts)
}

_routes contains {"facts": doc.facts, "selector": doc.facts.spec.selector, "why": concat("", [doc.resource, " behind ", ingress.resource])} if {
	some ingress in input.documents
	ingress.kind == "k8s"
	k8s.is_kind(ingress.facts, "networking.k8s.io", "Ingress")
	some name in _backends(ingress.facts)
	some doc in _services
	doc.facts.metadata.name == name
	k8s.may_share_namespace(doc.facts, ingress.facts)
}

_services contains doc if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.is_kind(doc.facts, "", "Service")
	count(object.get(doc.facts, ["spec", "selector"], {})) > 0
}

_reachable_as(service) := service.spec.type if service.spec.type in {"LoadBalancer", "NodePort"}

_reachable_as(service) := "externalIPs" if {
	not service.spec.type in {"LoadBalancer", "NodePort"}
	count(object.get(service, ["spec", "externalIPs"], [])) > 0
}

# The names of the Services an Ingress routes to.
_backends(ingress) := {name |
	some name in array.concat(
		[object.get(ingress, ["spec", "defaultBackend", "service", "name"], "")],
		[path.backend.service.name | some rule in ingress.spec.rules; some path in rule.http.paths],
	)
	name != ""
}

# A Service selector is a plain map: every pair must be among the pod's labels.
_selects(selector, labels) if {
	every key, value in selector {
		labels[key] == value
	}
}
