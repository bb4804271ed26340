package sshd.forwarding.tcp_forwarding_test

import data.lib.sshd_test
import data.sshd.forwarding.tcp_forwarding

test_fail_global if {
	findings := tcp_forwarding.deny with input as sshd_test.config({"AllowTcpForwarding": "yes"}, [])
	sshd_test.paths(findings) == {["global", "allowtcpforwarding"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"AllowTcpForwarding": "no"}, [{"criteria": "User deploy", "settings": {"AllowTcpForwarding": "remote"}}])
	findings := tcp_forwarding.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "allowtcpforwarding"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(tcp_forwarding.deny) == 0 with input as sshd_test.config({"AllowTcpForwarding": "no"}, [{"criteria": "User deploy", "settings": {"AllowTcpForwarding": "no"}}])
}

test_success_disable_forwarding_overrides_it if {
	doc := sshd_test.config({"DisableForwarding": "yes", "AllowTcpForwarding": "yes"}, [{"criteria": "User a", "settings": {"AllowTcpForwarding": "yes"}}])
	count(tcp_forwarding.deny) == 0 with input as doc
}

test_fail_by_default if {
	doc := sshd_test.config_with({"allowtcpforwarding": sshd_test.default_setting("AllowTcpForwarding", "yes")}, [])
	findings := tcp_forwarding.deny with input as doc
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}
