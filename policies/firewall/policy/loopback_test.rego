package firewall.policy.loopback_test

import data.firewall.policy.loopback
import data.lib.firewall_test

test_fail_no_loopback_rule if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [firewall_test.tcp(22, 0)]))
	firewall_test.paths(loopback.deny) == {["chains", "INPUT"]} with input as doc
}

test_fail_loopback_rule_after_a_drop_everything_rule if {
	doc := firewall_test.ipv4(firewall_test.view("accept", [firewall_test.drop_all(0), firewall_test.loopback(1)]))
	count(loopback.deny) == 1 with input as doc
}

test_success_loopback_accepted if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [firewall_test.loopback(0), firewall_test.tcp(22, 1)]))
	count(loopback.deny) == 0 with input as doc
}

test_success_framework_accepts_loopback if {
	doc := firewall_test.ipv4(object.union(firewall_test.view("drop", []), {"loopbackImplicit": true}))
	count(loopback.deny) == 0 with input as doc
}

test_success_open_policy if {
	count(loopback.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("accept", []))
}
