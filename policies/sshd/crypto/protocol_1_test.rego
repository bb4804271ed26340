package sshd.crypto.protocol_1_test

import data.lib.sshd_test
import data.sshd.crypto.protocol_1

test_fail_protocol_1 if {
	sshd_test.paths(protocol_1.deny) == {["global", "protocol"]} with input as sshd_test.config({"Protocol": "2,1"}, [])
}

test_success_protocol_2 if {
	count(protocol_1.deny) == 0 with input as sshd_test.config({"Protocol": "2"}, [])
}

test_success_not_set if {
	count(protocol_1.deny) == 0 with input as sshd_test.config({}, [])
}
