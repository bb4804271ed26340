package k8s.rbac.anonymous_binding_test

import data.k8s.rbac.anonymous_binding
import data.lib.k8s_test

test_fail_public_subjects if {
	subjects := [
		{"kind": "User", "name": "system:anonymous"},
		{"kind": "Group", "name": "system:unauthenticated"},
		{"kind": "Group", "name": "system:authenticated"},
		{"kind": "Group", "name": "developers"},
	]
	findings := anonymous_binding.deny with input as k8s_test.binding("ClusterRoleBinding", "view", subjects)
	k8s_test.paths(findings) == {["subjects", 0, "name"], ["subjects", 1, "name"], ["subjects", 2, "name"]}
	{f.params.role | some f in findings} == {"ClusterRole view"}
}

test_success_default_discovery_roles if {
	subjects := [{"kind": "Group", "name": "system:authenticated"}, {"kind": "Group", "name": "system:unauthenticated"}]
	count(anonymous_binding.deny) == 0 with input as k8s_test.binding("ClusterRoleBinding", "system:public-info-viewer", subjects)
}

test_success_named_subjects if {
	count(anonymous_binding.deny) == 0 with input as k8s_test.binding("RoleBinding", "edit", [{"kind": "Group", "name": "developers"}])
}
