package firewall.exposure.ssh_test

import data.firewall.exposure.ssh
import data.lib.firewall_test

test_fail_open_to_any_source if {
	doc := firewall_test.ipv4(firewall_test.view("drop", [firewall_test.loopback(0), firewall_test.rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "text": "open", "path": ["rules", 1]})]))
	findings := ssh.deny with input as doc
	firewall_test.paths(findings) == {["rules", 1]}
}

test_fail_once_for_a_rule_both_families_share if {
	v := firewall_test.view("drop", [firewall_test.rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "text": "open", "path": ["rules", 1]})])
	count(ssh.deny) == 1 with input as firewall_test.dual(v, v)
}

test_success_restricted_source if {
	open := firewall_test.rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "text": "open", "path": ["rules", 1]})
	restricted := object.union(open, {"sources": ["10.0.0.0/8"]})
	count(ssh.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("drop", [restricted]))
}

test_success_after_a_drop_everything_rule if {
	doc := firewall_test.ipv4(firewall_test.view("accept", [firewall_test.drop_all(0), firewall_test.rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "text": "open", "path": ["rules", 1]})]))
	count(ssh.deny) == 0 with input as doc
}

test_success_dropped if {
	dropped := object.union(firewall_test.rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "text": "open", "path": ["rules", 1]}), {"action": "drop"})
	count(ssh.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("drop", [dropped]))
}

test_fail_on_the_port_sshd_listens_on if {
	doc := object.union(firewall_test.ipv4(firewall_test.view("drop", [firewall_test.tcp(22, 0), firewall_test.tcp(2222, 1)])), {"context": {"sshPorts": [2222]}})
	findings := ssh.deny with input as doc
	firewall_test.paths(findings) == {["rules", 1]}
	[f.params.services | some f in findings] == ["SSH (TCP 2222)"]
}
