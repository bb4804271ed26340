package sshd.session.max_sessions_test

import data.lib.sshd_test
import data.sshd.session.max_sessions

test_fail_global if {
	sshd_test.paths(max_sessions.deny) == {["global", "maxsessions"]} with input as sshd_test.config({"MaxSessions": "64"}, [])
}

test_fail_in_a_match_block if {
	doc := sshd_test.config({"MaxSessions": "4"}, [{"criteria": "User ci", "settings": {"MaxSessions": "100"}}])
	sshd_test.paths(max_sessions.deny) == {["matches", 0, "settings", "maxsessions"]} with input as doc
}

test_success_default if {
	doc := sshd_test.config_with({"maxsessions": sshd_test.default_setting("MaxSessions", "10")}, [])
	count(max_sessions.deny) == 0 with input as doc
}
