package sshd.session.banner_test

import data.lib.sshd_test
import data.sshd.session.banner

test_fail_by_default if {
	doc := sshd_test.config_with({"banner": sshd_test.default_setting("Banner", "none")}, [])
	findings := banner.deny with input as doc
	sshd_test.paths(findings) == {["global", "banner"]}
	[f.params.origin | some f in findings] == [" (OpenSSH's default: the keyword is not set)"]
}

test_fail_match_block_removes_it if {
	doc := sshd_test.config({"Banner": "/etc/issue.net"}, [{"criteria": "User sftp", "settings": {"Banner": "none"}}])
	sshd_test.paths(banner.deny) == {["matches", 0, "settings", "banner"]} with input as doc
}

test_success_banner_file if {
	count(banner.deny) == 0 with input as sshd_test.config({"Banner": "/etc/issue.net"}, [])
}
