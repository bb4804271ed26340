# METADATA
# title: Restrict cluster-admin to system identities
# description: >-
#   cluster-admin can do anything to any object, including granting itself more: it should be held
#   only by the cluster's own components (system:masters and the system: users and groups).
#   Bindings of the public groups (system:authenticated and the like) are K8S-RBAC-007's.
# custom:
#   id: K8S-RBAC-002
#   severity: high
#   controls: ["cis-k8s:5.1.1", "nsa-k8s:authz/rbac"]
#   remediation: Bind a Role or ClusterRole with only the permissions the subject needs.
#   message: "{{binding}} binds cluster-admin to {{subject}}."
package k8s.rbac.cluster_admin_binding

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"binding": binding, "subject": subject}) if {
	input.document.roleRef.kind == "ClusterRole"
	input.document.roleRef.name == "cluster-admin"
	some s in k8s.binding_subjects
	not _system_identity(s.subject.name)
	path := array.concat(s.path, ["name"])
	binding := concat(" ", [input.document.kind, k8s.text(object.get(input.document, ["metadata", "name"], ""))])
	subject := concat(" ", [k8s.text(object.get(s.subject, "kind", "")), k8s.text(object.get(s.subject, "name", ""))])
}

# The cluster's own users and groups; service accounts (system:serviceaccount:..., the
# system:serviceaccounts groups) are workloads' identities and are not exempt.
_system_identity(name) if {
	startswith(name, "system:")
	not startswith(name, "system:serviceaccount")
}
