package sshd.authentication.login_grace_time_test

import data.lib.sshd_test
import data.sshd.authentication.login_grace_time

test_fail_two_minutes if {
	sshd_test.paths(login_grace_time.deny) == {["global", "logingracetime"]} with input as sshd_test.config({"LoginGraceTime": "120"}, [])
}

test_fail_no_limit if {
	count(login_grace_time.deny) == 1 with input as sshd_test.config({"LoginGraceTime": "0"}, [])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"logingracetime": sshd_test.default_setting("LoginGraceTime", "120")}, [])
	[f.params.origin | some f in login_grace_time.deny] == [" (OpenSSH's default: the keyword is not set)"] with input as doc
}

test_success_one_minute if {
	count(login_grace_time.deny) == 0 with input as sshd_test.config({"LoginGraceTime": "60"}, [])
}
