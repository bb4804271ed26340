package sshd.authentication.root_login_test

import data.lib.sshd_test
import data.sshd.authentication.root_login

test_fail_global if {
	findings := root_login.deny with input as sshd_test.config({"PermitRootLogin": "prohibit-password"}, [])
	sshd_test.paths(findings) == {["global", "permitrootlogin"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PermitRootLogin": "no"}, [{"criteria": "User deploy", "settings": {"PermitRootLogin": "forced-commands-only"}}])
	findings := root_login.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "permitrootlogin"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(root_login.deny) == 0 with input as sshd_test.config({"PermitRootLogin": "no"}, [{"criteria": "User deploy", "settings": {"PermitRootLogin": "no"}}])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"permitrootlogin": sshd_test.default_setting("PermitRootLogin", "prohibit-password")}, [])
	findings := root_login.deny with input as doc
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}
