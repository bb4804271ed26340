package k8s.rbac.wildcard_test

import data.k8s.rbac.wildcard
import data.lib.k8s_test

test_fail_wildcards if {
	rules := [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
		{"apiGroups": ["apps"], "resources": ["deployments", "*/scale"], "verbs": ["get"]},
	]
	findings := wildcard.deny with input as k8s_test.role("ClusterRole", null, rules)
	k8s_test.paths(findings) == {["rules", 1, "verbs", 0], ["rules", 2, "resources", 1]}
	{f.params.fields | some f in findings} == {"verbs, resources, apiGroups", "resources"}
	{f.params.target | some f in findings} == {"ClusterRole r rule 1", "ClusterRole r rule 2"}
}

test_success_explicit_rules if {
	rules := [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list"]}]
	count(wildcard.deny) == 0 with input as k8s_test.role("Role", "shop", rules)
}

test_success_other_api_groups if {
	crd := {"apiVersion": "iam.example.com/v1", "kind": "Role", "metadata": {"name": "r"}, "rules": [{"verbs": ["*"]}]}
	count(wildcard.deny) == 0 with input as k8s_test.envelope(crd)
}
