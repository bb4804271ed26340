package firewall.exposure.accept_all_test

import data.firewall.exposure.accept_all
import data.lib.firewall_test

test_fail_accept_everything if {
	findings := accept_all.deny with input as firewall_test.ipv4(firewall_test.view("drop", [firewall_test.rule({"text": "-A INPUT -j ACCEPT"})]))
	firewall_test.paths(findings) == {["rules", 0]}
	[f.params.what | some f in findings] == ["all traffic"]
}

test_fail_every_tcp_port if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [firewall_test.rule({"protocols": ["tcp"]})]))
	[f.params.what | some f in accept_all.deny] == ["every TCP port"] with input as doc
}

test_fail_all_but_one_source_network if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [firewall_test.rule({"sources": ["10.0.0.0/8"], "negated": ["sources"]})]))
	count(accept_all.deny) == 1 with input as doc
}

test_success_specific_ports_source_or_state if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [
		firewall_test.tcp(443, 0),
		firewall_test.rule({"sources": ["192.168.0.0/16"]}),
		firewall_test.rule({"states": ["established", "related"]}),
		firewall_test.loopback(3),
		firewall_test.rule({"protocols": ["icmp"]}),
		firewall_test.rule({"conditions": ["-m limit --limit 5/sec"]}),
	]))
	count(accept_all.deny) == 0 with input as doc
}
