package k8s.compound.exposed_privileged_workload_test

import data.k8s.compound.exposed_privileged_workload

_deployment(name, namespace, labels) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": name, "namespace": namespace},
	"spec": {"template": {"metadata": {"labels": labels}, "spec": {}}},
}

_service(name, namespace, type, selector) := {
	"apiVersion": "v1", "kind": "Service",
	"metadata": {"name": name, "namespace": namespace},
	"spec": {"type": type, "selector": selector},
}

_ingress(name, namespace, service) := {
	"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
	"metadata": {"name": name, "namespace": namespace},
	"spec": {"rules": [{"http": {"paths": [{"path": "/", "backend": {"service": {"name": service}}}]}}]},
}

_run(docs) := {"documents": [object.union(d, {"id": i, "file": "app.yaml"}) | some i, d in docs]}

_doc(facts, findings) := {"kind": "k8s", "resource": concat("/", [facts.kind, facts.metadata.namespace, facts.metadata.name]), "facts": facts, "findings": findings}

test_fail_privileged_pods_behind_a_load_balancer if {
	findings := exposed_privileged_workload.deny_run with input as _run([
		_doc(_deployment("web", "shop", {"app": "web"}), ["K8S-PSS-003", "K8S-WL-001"]),
		_doc(_service("web", "shop", "LoadBalancer", {"app": "web"}), ["K8S-NET-003"]),
	])
	count(findings) == 1
	some finding in findings
	finding.document == 0
	finding.path == ["spec", "template", "spec"]
	finding.params.privileges == "privileged (K8S-PSS-003)"
	finding.params.routes == "Service/shop/web (LoadBalancer)"
}

test_fail_host_namespaces_behind_an_ingress if {
	findings := exposed_privileged_workload.deny_run with input as _run([
		_doc(_deployment("api", "shop", {"app": "api", "tier": "backend"}), ["K8S-PSS-002"]),
		_doc(_service("api", "shop", "ClusterIP", {"app": "api"}), []),
		_doc(_ingress("public", "shop", "api"), []),
	])
	some finding in findings
	finding.params.routes == "Service/shop/api behind Ingress/shop/public"
}

test_success_privileged_but_internal if {
	count(exposed_privileged_workload.deny_run) == 0 with input as _run([
		_doc(_deployment("web", "shop", {"app": "web"}), ["K8S-PSS-003"]),
		_doc(_service("web", "shop", "ClusterIP", {"app": "web"}), []),
	])
}

test_success_exposed_but_unprivileged if {
	count(exposed_privileged_workload.deny_run) == 0 with input as _run([
		_doc(_deployment("web", "shop", {"app": "web"}), ["K8S-WL-001"]),
		_doc(_service("web", "shop", "NodePort", {"app": "web"}), ["K8S-NET-001"]),
	])
}

test_success_service_in_another_namespace if {
	count(exposed_privileged_workload.deny_run) == 0 with input as _run([
		_doc(_deployment("web", "shop", {"app": "web"}), ["K8S-PSS-003"]),
		_doc(_service("web", "other", "LoadBalancer", {"app": "web"}), []),
	])
}

test_success_selector_does_not_match if {
	count(exposed_privileged_workload.deny_run) == 0 with input as _run([
		_doc(_deployment("web", "shop", {"app": "web"}), ["K8S-PSS-003"]),
		_doc(_service("web", "shop", "LoadBalancer", {"app": "api"}), []),
	])
}
