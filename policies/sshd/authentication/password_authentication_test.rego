package sshd.authentication.password_authentication_test

import data.lib.sshd_test
import data.sshd.authentication.password_authentication

test_fail_global if {
	findings := password_authentication.deny with input as sshd_test.config({"PasswordAuthentication": "yes"}, [])
	sshd_test.paths(findings) == {["global", "passwordauthentication"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PasswordAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"PasswordAuthentication": "yes"}}])
	findings := password_authentication.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "passwordauthentication"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(password_authentication.deny) == 0 with input as sshd_test.config({"PasswordAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"PasswordAuthentication": "no"}}])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"passwordauthentication": sshd_test.default_setting("PasswordAuthentication", "yes")}, [])
	findings := password_authentication.deny with input as doc
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}
