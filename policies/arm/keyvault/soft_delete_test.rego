package arm.keyvault.soft_delete_test

import data.arm.keyvault.soft_delete

test_fail_disabled if {
	findings := soft_delete.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enableSoftDelete": false}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-001"
	f.path == ["resources", 0, "properties", "enableSoftDelete"]
}

test_success_default if {
	count(soft_delete.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {}}]}, "context": {}}
}

test_success_unknown if {
	count(soft_delete.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enableSoftDelete": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
