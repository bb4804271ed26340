package k8s.rbac.escalation_verbs_test

import data.k8s.rbac.escalation_verbs
import data.lib.k8s_test

test_fail_escalation_verbs if {
	rules := [
		{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["get", "escalate", "bind"]},
		{"apiGroups": [""], "resources": ["users", "groups", "serviceaccounts"], "verbs": ["impersonate"]},
	]
	findings := escalation_verbs.deny with input as k8s_test.role("ClusterRole", null, rules)
	k8s_test.paths(findings) == {["rules", 0, "verbs", 1], ["rules", 0, "verbs", 2], ["rules", 1, "verbs", 0]}
	{f.params.verb | some f in findings} == {"escalate", "bind", "impersonate"}
}

test_success_ordinary_verbs if {
	rules := [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["get", "list", "create"]}]
	count(escalation_verbs.deny) == 0 with input as k8s_test.role("Role", "shop", rules)
}
