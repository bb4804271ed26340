package sshd.authentication.user_environment_test

import data.lib.sshd_test
import data.sshd.authentication.user_environment

test_fail_global if {
	findings := user_environment.deny with input as sshd_test.config({"PermitUserEnvironment": "yes"}, [])
	sshd_test.paths(findings) == {["global", "permituserenvironment"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"PermitUserEnvironment": "no"}, [{"criteria": "User deploy", "settings": {"PermitUserEnvironment": "yes"}}])
	findings := user_environment.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "permituserenvironment"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(user_environment.deny) == 0 with input as sshd_test.config({"PermitUserEnvironment": "no"}, [{"criteria": "User deploy", "settings": {"PermitUserEnvironment": "no"}}])
}
