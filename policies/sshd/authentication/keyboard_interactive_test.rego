package sshd.authentication.keyboard_interactive_test

import data.lib.sshd_test
import data.sshd.authentication.keyboard_interactive

test_fail_global if {
	findings := keyboard_interactive.deny with input as sshd_test.config({"KbdInteractiveAuthentication": "yes"}, [])
	sshd_test.paths(findings) == {["global", "kbdinteractiveauthentication"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"KbdInteractiveAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"KbdInteractiveAuthentication": "yes"}}])
	findings := keyboard_interactive.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "kbdinteractiveauthentication"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(keyboard_interactive.deny) == 0 with input as sshd_test.config({"KbdInteractiveAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"KbdInteractiveAuthentication": "no"}}])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"kbdinteractiveauthentication": sshd_test.default_setting("KbdInteractiveAuthentication", "yes")}, [])
	findings := keyboard_interactive.deny with input as doc
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}
