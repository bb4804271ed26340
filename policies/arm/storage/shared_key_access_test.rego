package arm.storage.shared_key_access_test

import data.arm.storage.shared_key_access

test_fail_enabled if {
	findings := shared_key_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowSharedKeyAccess": true}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-005"
	f.path == ["resources", 0, "properties", "allowSharedKeyAccess"]
}

test_fail_default if {
	findings := shared_key_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-005"
	f.path == ["resources", 0, "properties", "allowSharedKeyAccess"]
}

test_success_disabled if {
	count(shared_key_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowSharedKeyAccess": false}}]}, "context": {}}
}

test_success_unknown if {
	count(shared_key_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowSharedKeyAccess": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
