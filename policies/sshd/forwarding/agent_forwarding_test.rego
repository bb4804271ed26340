package sshd.forwarding.agent_forwarding_test

import data.lib.sshd_test
import data.sshd.forwarding.agent_forwarding

test_fail_global if {
	findings := agent_forwarding.deny with input as sshd_test.config({"AllowAgentForwarding": "yes"}, [])
	sshd_test.paths(findings) == {["global", "allowagentforwarding"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"AllowAgentForwarding": "no"}, [{"criteria": "User deploy", "settings": {"AllowAgentForwarding": "yes"}}])
	findings := agent_forwarding.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "allowagentforwarding"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(agent_forwarding.deny) == 0 with input as sshd_test.config({"AllowAgentForwarding": "no"}, [{"criteria": "User deploy", "settings": {"AllowAgentForwarding": "no"}}])
}

test_success_disable_forwarding_overrides_it if {
	doc := sshd_test.config({"DisableForwarding": "yes", "AllowAgentForwarding": "yes"}, [{"criteria": "User a", "settings": {"AllowAgentForwarding": "yes"}}])
	count(agent_forwarding.deny) == 0 with input as doc
}

test_fail_by_default if {
	doc := sshd_test.config_with({"allowagentforwarding": sshd_test.default_setting("AllowAgentForwarding", "yes")}, [])
	findings := agent_forwarding.deny with input as doc
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}
