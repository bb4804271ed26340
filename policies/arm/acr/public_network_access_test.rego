package arm.acr.public_network_access_test

import data.arm.acr.public_network_access

test_fail_default if {
	findings := public_network_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-ACR-002"
	f.path == ["resources", 0, "properties", "publicNetworkAccess"]
}

test_success_disabled if {
	count(public_network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"publicNetworkAccess": "Disabled"}}]}, "context": {}}
}

test_success_deny_rules if {
	count(public_network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"networkRuleSet": {"defaultAction": "Deny"}}}]}, "context": {}}
}

test_success_unknown if {
	count(public_network_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"publicNetworkAccess": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
