package arm.compute.linux_password_authentication_test

import data.arm.compute.linux_password_authentication

test_fail_password_enabled if {
	findings := linux_password_authentication.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"osProfile": {"computerName": "web", "adminUsername": "azureuser", "linuxConfiguration": {"disablePasswordAuthentication": false}}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COMPUTE-001"
	f.path == ["resources", 0, "properties", "osProfile", "linuxConfiguration", "disablePasswordAuthentication"]
}

test_fail_scale_set_not_set if {
	findings := linux_password_authentication.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachineScaleSets", "name": "ss", "properties": {"virtualMachineProfile": {"osProfile": {"linuxConfiguration": {}}}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COMPUTE-001"
	f.path == ["resources", 0, "properties", "virtualMachineProfile", "osProfile", "linuxConfiguration", "disablePasswordAuthentication"]
}

test_success_ssh_keys if {
	count(linux_password_authentication.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"osProfile": {"linuxConfiguration": {"disablePasswordAuthentication": true}}}}]}, "context": {}}
}

test_success_windows if {
	count(linux_password_authentication.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"osProfile": {"windowsConfiguration": {}}}}]}, "context": {}}
}

test_success_unknown if {
	count(linux_password_authentication.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"osProfile": {"linuxConfiguration": {"disablePasswordAuthentication": {"$unknown": "parameters('x')"}}}}}]}, "context": {}}
}
