package arm.sql.public_network_access_test

import data.arm.sql.public_network_access

test_fail_enabled if {
	findings := public_network_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"publicNetworkAccess": "Enabled"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-002"
	f.path == ["resources", 0, "properties", "publicNetworkAccess"]
}

test_fail_not_set if {
	findings := public_network_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-002"
	f.path == ["resources", 0, "properties", "publicNetworkAccess"]
}

test_success_disabled if {
	count(public_network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"publicNetworkAccess": "Disabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(public_network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"publicNetworkAccess": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
