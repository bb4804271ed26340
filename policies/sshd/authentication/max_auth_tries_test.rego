package sshd.authentication.max_auth_tries_test

import data.lib.sshd_test
import data.sshd.authentication.max_auth_tries

test_fail_global if {
	sshd_test.paths(max_auth_tries.deny) == {["global", "maxauthtries"]} with input as sshd_test.config({"MaxAuthTries": "5"}, [])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"maxauthtries": sshd_test.default_setting("MaxAuthTries", "6")}, [])
	[f.params.origin | some f in max_auth_tries.deny] == [" (OpenSSH's default: the keyword is not set)"] with input as doc
}

test_fail_in_a_match_block if {
	doc := sshd_test.config({"MaxAuthTries": "3"}, [{"criteria": "Address 10.0.0.0/8", "settings": {"MaxAuthTries": "10"}}])
	sshd_test.paths(max_auth_tries.deny) == {["matches", 0, "settings", "maxauthtries"]} with input as doc
}

test_success_four_or_fewer if {
	count(max_auth_tries.deny) == 0 with input as sshd_test.config({"MaxAuthTries": "4"}, [{"criteria": "User a", "settings": {"MaxAuthTries": "2"}}])
}
