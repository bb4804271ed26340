package sshd.crypto.ciphers_test

import data.lib.sshd_test
import data.sshd.crypto.ciphers

test_fail_weak_algorithms if {
	findings := ciphers.deny with input as sshd_test.config({"Ciphers": "aes256-ctr,aes128-cbc,3des-cbc,arcfour256"}, [])
	sshd_test.paths(findings) == {["global", "ciphers"]}
	[f.params.weak | some f in findings] == ["aes128-cbc, 3des-cbc, arcfour256"]
}

test_success_strong_algorithms if {
	count(ciphers.deny) == 0 with input as sshd_test.config({"Ciphers": "chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-ctr"}, [])
}
