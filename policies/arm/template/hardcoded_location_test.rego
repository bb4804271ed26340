package arm.template.hardcoded_location_test

import data.arm.template.hardcoded_location

test_fail_literal if {
	findings := hardcoded_location.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "x", "location": "westeurope", "raw": {"location": "westeurope"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-TEMPLATE-004"
	f.path == ["resources", 0, "location"]
}

test_success_expression if {
	count(hardcoded_location.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "x", "location": "l", "raw": {"location": "[parameters('location')]"}}]}, "context": {}}
}

test_success_global if {
	count(hardcoded_location.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Network/frontDoors", "name": "x", "location": "global", "raw": {"location": "global"}}]}, "context": {}}
}
