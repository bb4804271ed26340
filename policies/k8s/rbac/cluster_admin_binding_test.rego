package k8s.rbac.cluster_admin_binding_test

import data.k8s.rbac.cluster_admin_binding
import data.lib.k8s_test

test_fail_non_system_subjects if {
	subjects := [
		{"kind": "Group", "name": "system:masters"},
		{"kind": "User", "name": "alice@example.com"},
		{"kind": "ServiceAccount", "name": "ci", "namespace": "tools"},
		{"kind": "Group", "name": "system:serviceaccounts"},
	]
	findings := cluster_admin_binding.deny with input as k8s_test.binding("ClusterRoleBinding", "cluster-admin", subjects)
	k8s_test.paths(findings) == {["subjects", 1, "name"], ["subjects", 2, "name"], ["subjects", 3, "name"]}
	{f.params.subject | some f in findings} == {"User alice@example.com", "ServiceAccount ci", "Group system:serviceaccounts"}
}

test_fail_in_role_binding if {
	findings := cluster_admin_binding.deny with input as k8s_test.binding("RoleBinding", "cluster-admin", [{"kind": "User", "name": "bob"}])
	{f.params.binding | some f in findings} == {"RoleBinding b"}
}

test_success_system_subjects_or_other_roles if {
	subjects := [{"kind": "Group", "name": "system:masters"}, {"kind": "User", "name": "system:kube-controller-manager"}]
	count(cluster_admin_binding.deny) == 0 with input as k8s_test.binding("ClusterRoleBinding", "cluster-admin", subjects)
	count(cluster_admin_binding.deny) == 0 with input as k8s_test.binding("ClusterRoleBinding", "view", [{"kind": "User", "name": "alice"}])
}
