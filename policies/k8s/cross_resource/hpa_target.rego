# METADATA
# title: Require HorizontalPodAutoscalers to target a workload of the change
# description: >-
#   An HPA whose scaleTargetRef names no object scales nothing, silently: usually a renamed
#   Deployment or a typo. Evaluated over the whole change: the target must be among its
#   documents, with the same kind, name and API group, in a compatible namespace.
# custom:
#   id: K8S-XR-002
#   severity: low
#   controls: []
#   remediation: Point spec.scaleTargetRef at the workload's kind and name, or remove the HorizontalPodAutoscaler.
#   message: "HorizontalPodAutoscaler {{name}} targets {{target}}, which this change does not define."
package k8s.cross_resource.hpa_target

import data.lib.k8s
import data.lib.result

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, ["spec", "scaleTargetRef", "name"], params) if {
	some doc in input.documents
	doc.kind == "k8s"
	doc.facts.kind == "HorizontalPodAutoscaler"
	k8s.api_group(doc.facts.apiVersion) == "autoscaling"
	target := doc.facts.spec.scaleTargetRef
	is_string(target.kind)
	is_string(target.name)
	not _defined(doc.facts, target)
	params := {"name": k8s.text(object.get(doc.facts, ["metadata", "name"], "")), "target": concat("/", [target.kind, target.name])}
}

# Every object of the change by kind and name, computed once: WASM has no rule indexing.
_objects[[doc.facts.kind, doc.facts.metadata.name]] contains doc.facts if {
	some doc in input.documents
	doc.kind == "k8s"
	is_string(doc.facts.metadata.name)
}

_defined(hpa, target) if {
	some object in _objects[[target.kind, target.name]]
	k8s.may_share_namespace(hpa, object)
	_same_group(target, object)
}

_same_group(target, _) if not is_string(object.get(target, "apiVersion", null))

_same_group(target, manifest) if k8s.api_group(target.apiVersion) == k8s.api_group(manifest.apiVersion)
