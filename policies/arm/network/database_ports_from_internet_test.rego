package arm.network.database_ports_from_internet_test

import data.arm.network.database_ports_from_internet

test_fail_postgres if {
	findings := database_ports_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "5432"}}]}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-003"
	f.path == ["resources", 0, "properties", "securityRules", 0, "properties"]
}

test_fail_range_with_sql if {
	findings := database_ports_from_internet.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups/securityRules", "name": "web-nsg/r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "sourcePortRange": "*", "destinationPortRange": "1400-1500"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-003"
	f.path == ["resources", 0, "properties"]
}

test_success_https if {
	count(database_ports_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "443"}}]}}]}, "context": {}}
}

test_success_restricted if {
	count(database_ports_from_internet.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/networkSecurityGroups", "name": "web-nsg", "properties": {"securityRules": [{"name": "r1", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "10.1.0.0/16", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "3306"}}]}}]}, "context": {}}
}
