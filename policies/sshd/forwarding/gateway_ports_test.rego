package sshd.forwarding.gateway_ports_test

import data.lib.sshd_test
import data.sshd.forwarding.gateway_ports

test_fail_global if {
	findings := gateway_ports.deny with input as sshd_test.config({"GatewayPorts": "yes"}, [])
	sshd_test.paths(findings) == {["global", "gatewayports"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"GatewayPorts": "no"}, [{"criteria": "User deploy", "settings": {"GatewayPorts": "clientspecified"}}])
	findings := gateway_ports.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "gatewayports"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(gateway_ports.deny) == 0 with input as sshd_test.config({"GatewayPorts": "no"}, [{"criteria": "User deploy", "settings": {"GatewayPorts": "no"}}])
}

test_success_disable_forwarding_overrides_it if {
	doc := sshd_test.config({"DisableForwarding": "yes", "GatewayPorts": "yes"}, [{"criteria": "User a", "settings": {"GatewayPorts": "yes"}}])
	count(gateway_ports.deny) == 0 with input as doc
}

test_success_remote_forwarding_off if {
	count(gateway_ports.deny) == 0 with input as sshd_test.config({"AllowTcpForwarding": "local", "GatewayPorts": "yes"}, [])
}
