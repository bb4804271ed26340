package arm.network.ssh_from_internet_test

import data.arm.network.ssh_from_internet

test_fail_inline_rule if {
	findings := ssh_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "22"}}]}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-001"
	f.path == ["resources", 0, "properties", "securityRules", 0, "properties"]
}

test_fail_child_resource_range if {
	findings := ssh_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups/securityRules", "name": "web-nsg/r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "sourcePortRange": "*", "destinationPortRanges": ["80", "20-27"]}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-001"
	f.path == ["resources", 0, "properties"]
}

test_success_restricted_source if {
	count(ssh_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "10.0.0.0/8", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "22"}}]}}]}, "context": {}}
}

test_success_deny if {
	count(ssh_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Deny", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "22"}}]}}]}, "context": {}}
}

test_success_unknown_source if {
	count(ssh_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": {"$unknown": "parameters('x')"}, "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "22"}}]}}]}, "context": {}}
}
