package arm.cosmos.network_access_test

import data.arm.cosmos.network_access

test_fail_open if {
	findings := network_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"databaseAccountOfferType": "Standard"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COSMOS-001"
	f.path == ["resources", 0, "properties", "publicNetworkAccess"]
}

test_success_disabled if {
	count(network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"publicNetworkAccess": "Disabled"}}]}, "context": {}}
}

test_success_ip_rules if {
	count(network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"ipRules": [{"ipAddressOrRange": "203.0.113.7"}]}}]}, "context": {}}
}

test_success_unknown if {
	count(network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"ipRules": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
