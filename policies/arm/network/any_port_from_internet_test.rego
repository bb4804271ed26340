package arm.network.any_port_from_internet_test

import data.arm.network.any_port_from_internet

test_fail_star if {
	findings := any_port_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "*"}}]}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-004"
	f.path == ["resources", 0, "properties", "securityRules", 0, "properties"]
}

test_fail_full_range if {
	findings := any_port_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups/securityRules", "name": "web-nsg/r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "sourcePortRange": "*", "destinationPortRange": "0-65535"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-004"
	f.path == ["resources", 0, "properties"]
}

test_success_single_port if {
	count(any_port_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "443"}}]}}]}, "context": {}}
}

test_success_outbound if {
	count(any_port_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Outbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "*"}}]}}]}, "context": {}}
}

test_success_unknown_ports if {
	count(any_port_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": {"$unknown": "parameters('x')"}}}]}}]}, "context": {}}
}
