package sshd.crypto.macs_test

import data.lib.sshd_test
import data.sshd.crypto.macs

test_fail_weak_algorithms if {
	findings := macs.deny with input as sshd_test.config({"MACs": "hmac-sha2-256-etm@openssh.com,hmac-sha1,hmac-md5-etm@openssh.com"}, [])
	sshd_test.paths(findings) == {["global", "macs"]}
	[f.params.weak | some f in findings] == ["hmac-sha1, hmac-md5-etm@openssh.com"]
}

test_success_strong_algorithms if {
	count(macs.deny) == 0 with input as sshd_test.config({"MACs": "hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com"}, [])
}

test_fail_by_default if {
	doc := sshd_test.config_with({"macs": sshd_test.default_setting("MACs", "umac-64-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-256,hmac-sha1")}, [])
	[f.params.origin | some f in macs.deny] == [" (OpenSSH's default: the keyword is not set)"] with input as doc
}
