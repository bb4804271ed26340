package k8s.rbac.kube_system_workloads_test

import data.k8s.rbac.kube_system_workloads
import data.lib.k8s_test

test_fail_creates_workloads_in_kube_system if {
	rules := [
		{"apiGroups": [""], "resources": ["pods", "configmaps"], "verbs": ["create", "get"]},
		{"apiGroups": ["apps"], "resources": ["daemonsets"], "verbs": ["*"]},
		{"apiGroups": ["batch"], "resources": ["jobs"], "verbs": ["get"]},
	]
	findings := kube_system_workloads.deny with input as k8s_test.role("Role", "kube-system", rules)
	k8s_test.paths(findings) == {["rules", 0, "resources", 0], ["rules", 1, "resources", 0]}
	{f.params.resource | some f in findings} == {"pods", "daemonsets"}
}

test_success_other_namespace_or_group if {
	rules := [{"apiGroups": [""], "resources": ["pods"], "verbs": ["create"]}]
	count(kube_system_workloads.deny) == 0 with input as k8s_test.role("Role", "shop", rules)
	count(kube_system_workloads.deny) == 0 with input as k8s_test.role("Role", "kube-system", [{"apiGroups": ["apps"], "resources": ["pods"], "verbs": ["create"]}])
}
