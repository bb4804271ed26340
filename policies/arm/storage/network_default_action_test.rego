package arm.storage.network_default_action_test

import data.arm.storage.network_default_action

test_fail_allow if {
	findings := network_default_action.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"networkAcls": {"defaultAction": "Allow"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-006"
	f.path == ["resources", 0, "properties", "networkAcls", "defaultAction"]
}

test_fail_not_set if {
	findings := network_default_action.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-006"
	f.path == ["resources", 0, "properties", "networkAcls"]
}

test_success_deny if {
	count(network_default_action.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"networkAcls": {"defaultAction": "Deny"}}}]}, "context": {}}
}

test_success_public_disabled if {
	count(network_default_action.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"publicNetworkAccess": "Disabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(network_default_action.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"networkAcls": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
