package arm.cosmos.local_auth_test

import data.arm.cosmos.local_auth

test_fail_not_set if {
	findings := local_auth.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COSMOS-002"
	f.path == ["resources", 0, "properties", "disableLocalAuth"]
}

test_success_disabled if {
	count(local_auth.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"disableLocalAuth": true}}]}, "context": {}}
}

test_success_unknown if {
	count(local_auth.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "cosmos", "properties": {"disableLocalAuth": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
