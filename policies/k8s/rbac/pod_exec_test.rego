package k8s.rbac.pod_exec_test

import data.k8s.rbac.pod_exec
import data.lib.k8s_test

test_fail_exec_and_attach if {
	rules := [
		{"apiGroups": [""], "resources": ["pods", "pods/exec"], "verbs": ["create"]},
		{"apiGroups": [""], "resources": ["pods/attach"], "verbs": ["get"]},
	]
	findings := pod_exec.deny with input as k8s_test.role("Role", "shop", rules)
	k8s_test.paths(findings) == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
	{f.params.resource | some f in findings} == {"pods/exec", "pods/attach"}
}

test_success_other_subresources_or_verbs if {
	rules := [
		{"apiGroups": [""], "resources": ["pods/log", "pods"], "verbs": ["get", "list"]},
		{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["list"]},
	]
	count(pod_exec.deny) == 0 with input as k8s_test.role("Role", "shop", rules)
}
