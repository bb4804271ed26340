package sshd.forwarding.tunnel_test

import data.lib.sshd_test
import data.sshd.forwarding.tunnel

test_fail_global if {
	findings := tunnel.deny with input as sshd_test.config({"PermitTunnel": "yes"}, [])
	sshd_test.paths(findings) == {["global", "permittunnel"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PermitTunnel": "no"}, [{"criteria": "User deploy", "settings": {"PermitTunnel": "ethernet"}}])
	findings := tunnel.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "permittunnel"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(tunnel.deny) == 0 with input as sshd_test.config({"PermitTunnel": "no"}, [{"criteria": "User deploy", "settings": {"PermitTunnel": "no"}}])
}
