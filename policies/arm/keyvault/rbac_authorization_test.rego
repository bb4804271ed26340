package arm.keyvault.rbac_authorization_test

import data.arm.keyvault.rbac_authorization

test_fail_access_policies if {
	findings := rbac_authorization.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"accessPolicies": []}}]}, "context": {}}
	some f in findings
	f.id == "ARM-KEYVAULT-004"
	f.path == ["resources", 0, "properties", "enableRbacAuthorization"]
}

test_success_rbac if {
	count(rbac_authorization.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enableRbacAuthorization": true}}]}, "context": {}}
}

test_success_unknown if {
	count(rbac_authorization.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.KeyVault/vaults", "name": "vault", "properties": {"enableRbacAuthorization": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
