package sshd.session.client_alive_test

import data.lib.sshd_test
import data.sshd.session.client_alive

test_fail_no_interval_by_default if {
	doc := sshd_test.config_with(
		{
			"clientaliveinterval": sshd_test.default_setting("ClientAliveInterval", "0"),
			"clientalivecountmax": sshd_test.default_setting("ClientAliveCountMax", "3"),
		},
		[],
	)
	findings := client_alive.deny with input as doc
	sshd_test.paths(findings) == {["global", "clientaliveinterval"]}
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}

test_fail_long_interval_and_high_count if {
	doc := sshd_test.config({"ClientAliveInterval": "900", "ClientAliveCountMax": "10"}, [])
	sshd_test.paths(client_alive.deny) == {["global", "clientaliveinterval"], ["global", "clientalivecountmax"]} with input as doc
}

test_fail_count_zero_never_disconnects if {
	doc := sshd_test.config({"ClientAliveInterval": "300", "ClientAliveCountMax": "0"}, [])
	[f.params.problem | some f in client_alive.deny] == ["unanswered probes never close the session"] with input as doc
}

test_fail_match_block_disables_the_timeout if {
	doc := sshd_test.config({"ClientAliveInterval": "300", "ClientAliveCountMax": "3"}, [{"criteria": "User ops", "settings": {"ClientAliveInterval": "0"}}])
	sshd_test.paths(client_alive.deny) == {["matches", 0, "settings", "clientaliveinterval"]} with input as doc
}

test_success_configured if {
	count(client_alive.deny) == 0 with input as sshd_test.config({"ClientAliveInterval": "300", "ClientAliveCountMax": "3"}, [])
}
