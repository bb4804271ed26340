package sshd.authentication.hostbased_authentication_test

import data.lib.sshd_test
import data.sshd.authentication.hostbased_authentication

test_fail_global if {
	findings := hostbased_authentication.deny with input as sshd_test.config({"HostbasedAuthentication": "yes"}, [])
	sshd_test.paths(findings) == {["global", "hostbasedauthentication"]}
}

test_fail_in_a_match_block_that_reenables_it if {
	doc := sshd_test.config({"HostbasedAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"HostbasedAuthentication": "yes"}}])
	findings := hostbased_authentication.deny with input as doc
	sshd_test.paths(findings) == {["matches", 0, "settings", "hostbasedauthentication"]}
	[f.params.where | some f in findings] == ["In \"Match User deploy\", "]
}

test_success_hardened if {
	count(hostbased_authentication.deny) == 0 with input as sshd_test.config({"HostbasedAuthentication": "no"}, [{"criteria": "User deploy", "settings": {"HostbasedAuthentication": "no"}}])
}
