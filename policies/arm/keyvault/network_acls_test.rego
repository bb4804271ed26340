package arm.keyvault.network_acls_test

import data.arm.keyvault.network_acls

test_fail_allow if {
	findings := network_acls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"networkAcls": {"defaultAction": "Allow"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-003"
	f.path == ["resources", 0, "properties", "networkAcls", "defaultAction"]
}

test_fail_not_set if {
	findings := network_acls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-003"
	f.path == ["resources", 0, "properties", "networkAcls"]
}

test_success_deny if {
	count(network_acls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"networkAcls": {"defaultAction": "Deny"}}}]}, "context": {}}
}

test_success_private if {
	count(network_acls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"publicNetworkAccess": "Disabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(network_acls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"networkAcls": {"defaultAction": {"$unknown": "parameters('x')"}}}}]}, "context": {}}
}
