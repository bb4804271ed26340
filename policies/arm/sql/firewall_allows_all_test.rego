package arm.sql.firewall_allows_all_test

import data.arm.sql.firewall_allows_all

test_fail_all if {
	findings := firewall_allows_all.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/firewallRules", "name": "db/all", "properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-005"
	f.path == ["resources", 0, "properties", "startIpAddress"]
}

test_success_one_address if {
	count(firewall_allows_all.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/firewallRules", "name": "db/all", "properties": {"startIpAddress": "203.0.113.10", "endIpAddress": "203.0.113.10"}}]}, "context": {}}
}

test_success_unknown if {
	count(firewall_allows_all.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/firewallRules", "name": "db/all", "properties": {"startIpAddress": "0.0.0.0", "endIpAddress": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
