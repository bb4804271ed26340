package firewall.policy.default_inbound_test

import data.firewall.policy.default_inbound
import data.lib.firewall_test

test_fail_accept_policy if {
	findings := default_inbound.deny with input as firewall_test.ipv4(firewall_test.view("accept", [firewall_test.tcp(22, 0)]))
	firewall_test.paths(findings) == {["chains", "INPUT"]}
	[f.params.reason | some f in findings] == ["INPUT policy ACCEPT"]
}

test_fail_once_for_a_policy_both_families_share if {
	v := firewall_test.view("accept", [])
	count(default_inbound.deny) == 1 with input as firewall_test.dual(v, v)
}

test_success_drop_policy if {
	count(default_inbound.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("drop", [firewall_test.tcp(22, 0)]))
}

test_success_accept_policy_ended_by_a_drop_everything_rule if {
	doc := firewall_test.ipv4(firewall_test.view("accept", [firewall_test.tcp(22, 0), firewall_test.drop_all(1)]))
	count(default_inbound.deny) == 0 with input as doc
}

test_success_unknown_policy if {
	count(default_inbound.deny) == 0 with input as firewall_test.ipv4({"policyReason": "unknown", "policyPath": [], "rules": []})
}

test_success_ipv6_gap_is_left_to_fw_009 if {
	count(default_inbound.deny) == 0 with input as firewall_test.dual(firewall_test.view("drop", []), firewall_test.view("accept", []))
}
