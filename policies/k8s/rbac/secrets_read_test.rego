package k8s.rbac.secrets_read_test

import data.k8s.rbac.secrets_read
import data.lib.k8s_test

test_fail_reads_secrets if {
	rules := [
		{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["get", "list"]},
		{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["tls"], "verbs": ["watch"]},
		{"apiGroups": ["*"], "resources": ["secrets"], "verbs": ["*"]},
	]
	findings := secrets_read.deny with input as k8s_test.role("Role", "shop", rules)
	k8s_test.paths(findings) == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0], ["rules", 2, "resources", 0]}
}

test_success_named_get_or_write_only if {
	rules := [
		{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["app-tls"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "update"]},
		{"apiGroups": ["apps"], "resources": ["secrets"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list", "watch"]},
	]
	count(secrets_read.deny) == 0 with input as k8s_test.role("ClusterRole", null, rules)
}
