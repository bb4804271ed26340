package arm.storage.container_public_access_test

import data.arm.storage.container_public_access

test_fail_container if {
	findings := container_public_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts/blobServices/containers", "name": "a/default/c", "properties": {"publicAccess": "Container"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-004"
	f.path == ["resources", 0, "properties", "publicAccess"]
}

test_success_none if {
	count(container_public_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts/blobServices/containers", "name": "a/default/c", "properties": {"publicAccess": "None"}}]}, "context": {}}
}

test_success_unknown if {
	count(container_public_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts/blobServices/containers", "name": "a/default/c", "properties": {"publicAccess": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
