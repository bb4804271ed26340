package arm.acr.admin_user_test

import data.arm.acr.admin_user

test_fail_enabled if {
	findings := admin_user.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"adminUserEnabled": true}}]}, "context": {}}
	some f in findings
	f.id == "ARM-ACR-001"
	f.path == ["resources", 0, "properties", "adminUserEnabled"]
}

test_success_disabled if {
	count(admin_user.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"adminUserEnabled": false}}]}, "context": {}}
}

test_success_unknown if {
	count(admin_user.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerRegistry/registries", "name": "reg", "properties": {"adminUserEnabled": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
