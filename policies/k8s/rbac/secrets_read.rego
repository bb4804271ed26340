# METADATA
# title: Restrict reading Secrets
# description: >-
#   get, list or watch on secrets reads every Secret in the role's scope: service account tokens,
#   TLS keys and database passwords. list and watch return the values too. A rule that names the
#   Secrets it may get (resourceNames) is not reported. Wildcards are K8S-RBAC-001's.
# custom:
#   id: K8S-RBAC-003
#   severity: medium
#   controls: ["cis-k8s:5.1.2", "nsa-k8s:authz/rbac"]
#   remediation: Remove read access to secrets, or limit it to get on the named Secrets the subject needs (resourceNames).
#   message: "{{target}} can read every Secret in its scope."
package k8s.rbac.secrets_read

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": r.target}) if {
	some r in k8s.role_rules
	k8s.grants(r.rule, "apiGroups", {""})
	some j, resource in r.rule.resources
	resource == "secrets"
	_reads_any(r.rule)
	path := array.concat(r.path, ["resources", j])
}

_reads_any(rule) if k8s.grants(rule, "verbs", {"list", "watch"})

_reads_any(rule) if {
	k8s.grants(rule, "verbs", {"get"})
	count(k8s.as_array(object.get(rule, "resourceNames", []))) == 0
}
