# METADATA
# title: Require PodDisruptionBudgets to select pods of the change
# description: >-
#   A PodDisruptionBudget whose selector matches no pod protects nothing: node drains evict the
#   pods it was meant to keep. Evaluated over the whole change: the selector must match the pod
#   labels of a workload among its documents, in a compatible namespace.
# custom:
#   id: K8S-XR-003
#   severity: low
#   controls: []
#   remediation: Make spec.selector match the labels of the workload's pod template.
#   message: "PodDisruptionBudget {{name}} selects no pod of this change."
package k8s.cross_resource.pdb_selector

import data.lib.k8s
import data.lib.result

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, path, {"name": name}) if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.is_kind(doc.facts, "policy", "PodDisruptionBudget")
	not _selects_a_pod(doc.facts)
	path := k8s.field_path(doc.facts, [], ["spec", "selector"])
	name := k8s.text(object.get(doc.facts, ["metadata", "name"], ""))
}

# The pod labels of every workload of the change by namespace, computed once: WASM has no rule
# indexing, and a budget is compared only with the workloads that may share its namespace.
_pod_labels[k8s.namespace_of(doc.facts)] contains k8s.pod_labels_of(doc.facts) if {
	some doc in input.documents
	doc.kind == "k8s"
	k8s.template_path_of(doc.facts)
}

_selects_a_pod(budget) if {
	some labels in _candidates(k8s.namespace_of(budget))
	k8s.selector_matches(budget.spec.selector, labels)
}

_candidates(namespace) := object.get(_pod_labels, namespace, set()) | object.get(_pod_labels, "", set()) if namespace != ""

_candidates("") := {labels | some labels in _pod_labels[_]}
