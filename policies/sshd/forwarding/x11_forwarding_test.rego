package sshd.forwarding.x11_forwarding_test

import data.lib.sshd_test
import data.sshd.forwarding.x11_forwarding

test_fail_global if {
	findings := x11_forwarding.deny with input as sshd_test.config({"X11Forwarding": "yes"}, [])
	sshd_test.paths(findings) == {["global", "x11forwarding"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"X11Forwarding": "no"}, [{"criteria": "User deploy", "settings": {"X11Forwarding": "yes"}}])
	findings := x11_forwarding.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "x11forwarding"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(x11_forwarding.deny) == 0 with input as sshd_test.config({"X11Forwarding": "no"}, [{"criteria": "User deploy", "settings": {"X11Forwarding": "no"}}])
}

test_success_disable_forwarding_overrides_it if {
	doc := sshd_test.config({"DisableForwarding": "yes", "X11Forwarding": "yes"}, [{"criteria": "User a", "settings": {"X11Forwarding": "yes"}}])
	count(x11_forwarding.deny) == 0 with input as doc
}
