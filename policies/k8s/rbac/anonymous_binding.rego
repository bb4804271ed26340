# METADATA
# title: Disallow bindings to anonymous and all-authenticated subjects
# description: >-
#   system:anonymous and system:unauthenticated are anyone who can reach the API server, and
#   system:authenticated is anyone with any credential (on managed clusters, any cloud account).
#   The discovery roles Kubernetes itself binds to them are not reported.
# custom:
#   id: K8S-RBAC-007
#   severity: critical
#   controls: ["nsa-k8s:authz/rbac", "nsa-k8s:authn/authentication"]
#   remediation: Bind the role to the specific users, groups or service accounts that need it.
#   message: "{{binding}} grants {{role}} to {{subject}}."
package k8s.rbac.anonymous_binding

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, params) if {
	not object.get(input.document, ["roleRef", "name"], "") in _default_discovery_roles
	some s in k8s.binding_subjects
	s.subject.name in {"system:anonymous", "system:unauthenticated", "system:authenticated"}
	path := array.concat(s.path, ["name"])
	params := {
		"binding": concat(" ", [input.document.kind, k8s.text(object.get(input.document, ["metadata", "name"], ""))]),
		"role": concat(" ", [k8s.text(object.get(input.document, ["roleRef", "kind"], "")), k8s.text(object.get(input.document, ["roleRef", "name"], ""))]),
		"subject": s.subject.name,
	}
}

_default_discovery_roles := {"system:basic-user", "system:discovery", "system:public-info-viewer"}
