package sshd.session.log_level_test

import data.lib.sshd_test
import data.sshd.session.log_level

test_fail_quiet if {
	sshd_test.paths(log_level.deny) == {["global", "loglevel"]} with input as sshd_test.config({"LogLevel": "QUIET"}, [])
}

test_fail_debug_in_a_match_block if {
	doc := sshd_test.config({"LogLevel": "VERBOSE"}, [{"criteria": "User dev", "settings": {"LogLevel": "DEBUG3"}}])
	sshd_test.paths(log_level.deny) == {["matches", 0, "settings", "loglevel"]} with input as doc
}

test_success_verbose_and_info if {
	count(log_level.deny) == 0 with input as sshd_test.config({"LogLevel": "verbose"}, [{"criteria": "User a", "settings": {"LogLevel": "INFO"}}])
}
