package sshd.authentication.root_login_password_test

import data.lib.sshd_test
import data.sshd.authentication.root_login_password

test_fail_global if {
	findings := root_login_password.deny with input as sshd_test.config({"PermitRootLogin": "yes"}, [])
	sshd_test.paths(findings) == {["global", "permitrootlogin"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PermitRootLogin": "no"}, [{"criteria": "User deploy", "settings": {"PermitRootLogin": "yes"}}])
	findings := root_login_password.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "permitrootlogin"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(root_login_password.deny) == 0 with input as sshd_test.config({"PermitRootLogin": "no"}, [{"criteria": "User deploy", "settings": {"PermitRootLogin": "no"}}])
}
