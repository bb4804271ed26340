package sshd.crypto.kex_test

import data.lib.sshd_test
import data.sshd.crypto.kex

test_fail_weak_algorithms if {
	findings := kex.deny with input as sshd_test.config({"KexAlgorithms": "curve25519-sha256,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1"}, [])
	sshd_test.paths(findings) == {["global", "kexalgorithms"]}
}

test_success_strong_algorithms if {
	count(kex.deny) == 0 with input as sshd_test.config({"KexAlgorithms": "curve25519-sha256,diffie-hellman-group16-sha512"}, [])
}
