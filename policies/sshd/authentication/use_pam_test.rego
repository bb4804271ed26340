package sshd.authentication.use_pam_test

import data.lib.sshd_test
import data.sshd.authentication.use_pam

test_fail_global if {
	sshd_test.paths(use_pam.deny) == {["global", "usepam"]} with input as sshd_test.config({"UsePAM": "no"}, [])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"usepam": sshd_test.default_setting("UsePAM", "no")}, [])
	[f.params.origin | some f in use_pam.deny] == [" (OpenSSH's default: the keyword is not set)"] with input as doc
}

test_success_enabled if {
	count(use_pam.deny) == 0 with input as sshd_test.config({"UsePAM": "yes"}, [])
}
