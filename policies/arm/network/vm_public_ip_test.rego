package arm.network.vm_public_ip_test

import data.arm.network.vm_public_ip

test_fail_nic_with_public_ip if {
	findings := vm_public_ip.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resourceIds": {"/nic/web-nic": 0, "/vm/web": 1}, "resources": [{"type": "Microsoft.Network/networkInterfaces", "name": "web-nic", "id": "/nic/web-nic", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"subnet": {"id": "/sub"}, "publicIPAddress": {"id": "/pip/web-ip"}}}]}}, {"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"networkProfile": {"networkInterfaces": [{"id": "/NIC/web-nic"}]}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-005"
	f.path == ["resources", 0, "properties", "ipConfigurations", 0, "properties", "publicIPAddress"]
}

test_fail_inline_nic_config if {
	findings := vm_public_ip.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "properties": {"networkProfile": {"networkInterfaceConfigurations": [{"name": "nic", "properties": {"ipConfigurations": [{"name": "ip", "properties": {"publicIPAddressConfiguration": {"name": "pip"}}}]}}]}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-NETWORK-005"
	f.path == ["resources", 0, "properties", "networkProfile", "networkInterfaceConfigurations", 0, "properties", "ipConfigurations", 0, "properties", "publicIPAddressConfiguration"]
}

test_success_private_only if {
	count(vm_public_ip.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resourceIds": {"/nic/web-nic": 0, "/vm/web": 1}, "resources": [{"type": "Microsoft.Network/networkInterfaces", "name": "web-nic", "id": "/nic/web-nic", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"subnet": {"id": "/sub"}}}]}}, {"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"networkProfile": {"networkInterfaces": [{"id": "/NIC/web-nic"}]}}}]}, "context": {}}
}

test_success_unknown_public_ip if {
	count(vm_public_ip.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resourceIds": {"/nic/web-nic": 0, "/vm/web": 1}, "resources": [{"type": "Microsoft.Network/networkInterfaces", "name": "web-nic", "id": "/nic/web-nic", "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {"subnet": {"id": "/sub"}, "publicIPAddress": {"$unknown": "parameters('x')"}}}]}}, {"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"networkProfile": {"networkInterfaces": [{"id": "/NIC/web-nic"}]}}}]}, "context": {}}
}
