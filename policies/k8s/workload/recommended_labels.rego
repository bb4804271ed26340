# METADATA
# title: Require the app.kubernetes.io/name and owner labels
# description: >-
#   app.kubernetes.io/name is the label that dashboards, cost reports and policy exceptions use to
#   group a workload's objects, and an owner (or team) label tells the person on call whom to ask.
# custom:
#   id: K8S-WL-018
#   severity: info
#   controls: []
#   remediation: >-
#     Add metadata.labels app.kubernetes.io/name (with the other recommended app.kubernetes.io/*
#     labels) and owner (or team) to the workload.
#   message: "The workload has no {{labels}} label."
package k8s.workload.recommended_labels

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"labels": concat(" or ", missing)}) if {
	k8s.pod_spec
	labels := {key | some key, _ in k8s.as_object(object.get(input.document, ["metadata", "labels"], {}))}
	missing := [label | some label, accepted in _required; count(accepted & labels) == 0]
	count(missing) > 0
	path := k8s.field_path(input.document, [], ["metadata", "labels"])
}

# Each required label, with the label names that satisfy it.
_required := {
	"app.kubernetes.io/name": {"app.kubernetes.io/name"},
	"owner (or team)": {"owner", "team"},
}
