package firewall.policy.ipv6_open_test

import data.firewall.policy.ipv6_open
import data.lib.firewall_test

test_fail_ipv6_accepts_by_default if {
	v6 := object.union(firewall_test.view("accept", []), {"policyPath": ["chains", "ip filter input"], "policyReason": "no base chain filters IPv6 input"})
	findings := ipv6_open.deny with input as firewall_test.dual(firewall_test.view("drop", []), v6)
	firewall_test.paths(findings) == {["chains", "ip filter input"]}
}

test_success_both_restricted if {
	count(ipv6_open.deny) == 0 with input as firewall_test.dual(firewall_test.view("drop", []), firewall_test.view("drop", []))
}

test_success_both_open_is_fw_001 if {
	count(ipv6_open.deny) == 0 with input as firewall_test.dual(firewall_test.view("accept", []), firewall_test.view("accept", []))
}

test_success_ipv4_only_document if {
	count(ipv6_open.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("drop", []))
}
