package sshd.authentication.access_lists_test

import data.lib.sshd_test
import data.sshd.authentication.access_lists

test_fail_no_access_list if {
	sshd_test.paths(access_lists.deny) == {["global", "allowusers"]} with input as sshd_test.config({"PermitRootLogin": "no"}, [])
}

test_success_allow_groups if {
	count(access_lists.deny) == 0 with input as sshd_test.config({"AllowGroups": "ssh-users"}, [])
}

test_success_deny_users if {
	count(access_lists.deny) == 0 with input as sshd_test.config({"DenyUsers": "guest"}, [])
}

# A drop-in checked alone may well be included by an sshd_config that restricts access.
test_success_drop_in_alone if {
	doc := sshd_test.envelope({"source": "sshd_config", "complete": false, "global": {}, "matches": []})
	count(access_lists.deny) == 0 with input as doc
}
