package sshd.authentication.empty_passwords_test

import data.lib.sshd_test
import data.sshd.authentication.empty_passwords

test_fail_global if {
	findings := empty_passwords.deny with input as sshd_test.config({"PermitEmptyPasswords": "yes"}, [])
	sshd_test.paths(findings) == {["global", "permitemptypasswords"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PermitEmptyPasswords": "no"}, [{"criteria": "User deploy", "settings": {"PermitEmptyPasswords": "yes"}}])
	findings := empty_passwords.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "permitemptypasswords"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(empty_passwords.deny) == 0 with input as sshd_test.config({"PermitEmptyPasswords": "no"}, [{"criteria": "User deploy", "settings": {"PermitEmptyPasswords": "no"}}])
}
