# METADATA
# title: Disallow the escalate, bind and impersonate verbs
# description: >-
#   escalate lets a subject write roles with permissions it does not have, bind lets it bind
#   them, and impersonate lets it act as any user, group or service account: each is a path to
#   cluster-admin.
# custom:
#   id: K8S-RBAC-005
#   severity: high
#   controls: ["cis-k8s:5.1.8", "nsa-k8s:authz/rbac"]
#   remediation: Remove the verb; where a controller needs it, limit the rule with resourceNames.
#   message: "{{target}} grants the {{verb}} verb."
package k8s.rbac.escalation_verbs

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": r.target, "verb": verb}) if {
	some r in k8s.role_rules
	some j, verb in r.rule.verbs
	verb in {"escalate", "bind", "impersonate"}
	path := array.concat(r.path, ["verbs", j])
}
