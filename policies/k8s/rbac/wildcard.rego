# METADATA
# title: Disallow wildcards in Role and ClusterRole rules
# description: >-
#   A "*" in verbs, resources or apiGroups grants everything that exists, and everything added
#   later (new verbs, subresources, CRDs): the role's reach grows without anyone changing it.
# custom:
#   id: K8S-RBAC-001
#   severity: high
#   controls: ["cis-k8s:5.1.3", "nsa-k8s:authz/rbac"]
#   remediation: List the verbs, resources and API groups the subject needs instead of "*".
#   message: "{{target}} grants the wildcard * in {{fields}}."
package k8s.rbac.wildcard

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": r.target, "fields": concat(", ", fields)}) if {
	some r in k8s.role_rules
	fields := [field | some field in ["verbs", "resources", "apiGroups"]; _wildcards(r.rule, field) != []]
	count(fields) > 0
	path := array.concat(r.path, [fields[0], _wildcards(r.rule, fields[0])[0]])
}

# Indexes of the wildcard entries of a rule's field: "*", or "*/<subresource>" in resources.
_wildcards(rule, field) := [i |
	some i, value in k8s.as_array(object.get(rule, field, []))
	_wildcard(value)
]

_wildcard("*")

_wildcard(value) if startswith(value, "*/")
