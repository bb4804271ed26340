package firewall.policy.dropped_not_logged_test

import data.firewall.policy.dropped_not_logged
import data.lib.firewall_test

test_fail_drop_without_log if {
	doc := firewall_test.ipv4(object.union(firewall_test.view("drop", []), {"logDropped": false}))
	firewall_test.paths(dropped_not_logged.deny) == {["chains", "INPUT"]} with input as doc
}

test_fail_at_the_logging_setting if {
	doc := firewall_test.ipv4(object.union(firewall_test.view("drop", []), {"logDropped": false, "logPath": ["settings", "logging"]}))
	firewall_test.paths(dropped_not_logged.deny) == {["settings", "logging"]} with input as doc
}

test_success_logged if {
	doc := firewall_test.ipv4(object.union(firewall_test.view("drop", []), {"logDropped": true}))
	count(dropped_not_logged.deny) == 0 with input as doc
}

test_success_nothing_dropped if {
	doc := firewall_test.ipv4(object.union(firewall_test.view("accept", [firewall_test.tcp(22, 0)]), {"logDropped": false}))
	count(dropped_not_logged.deny) == 0 with input as doc
}

test_success_unknown if {
	count(dropped_not_logged.deny) == 0 with input as firewall_test.ipv4(firewall_test.view("drop", []))
}
