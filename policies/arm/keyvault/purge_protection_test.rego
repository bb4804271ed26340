package arm.keyvault.purge_protection_test

import data.arm.keyvault.purge_protection

test_fail_not_set if {
	findings := purge_protection.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-002"
	f.path == ["resources", 0, "properties", "enablePurgeProtection"]
}

test_fail_false if {
	findings := purge_protection.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enablePurgeProtection": false}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-002"
	f.path == ["resources", 0, "properties", "enablePurgeProtection"]
}

test_success_enabled if {
	count(purge_protection.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enablePurgeProtection": true}}]}, "context": {}}
}

test_success_unknown if {
	count(purge_protection.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enablePurgeProtection": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
