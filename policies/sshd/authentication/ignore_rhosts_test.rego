package sshd.authentication.ignore_rhosts_test

import data.lib.sshd_test
import data.sshd.authentication.ignore_rhosts

test_fail_global if {
	findings := ignore_rhosts.deny with input as sshd_test.config({"IgnoreRhosts": "no"}, [])
	sshd_test.paths(findings) == {["global", "ignorerhosts"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"IgnoreRhosts": "yes"}, [{"criteria": "User deploy", "settings": {"IgnoreRhosts": "shosts-only"}}])
	findings := ignore_rhosts.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "ignorerhosts"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(ignore_rhosts.deny) == 0 with input as sshd_test.config({"IgnoreRhosts": "yes"}, [{"criteria": "User deploy", "settings": {"IgnoreRhosts": "yes"}}])
}
