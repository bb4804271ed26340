package arm.storage.blob_public_access_test

import data.arm.storage.blob_public_access

test_fail_public if {
	findings := blob_public_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowBlobPublicAccess": true}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-003"
	f.path == ["resources", 0, "properties", "allowBlobPublicAccess"]
}

test_fail_not_set if {
	findings := blob_public_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"minimumTlsVersion": "TLS1_2"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-003"
	f.path == ["resources", 0, "properties", "allowBlobPublicAccess"]
}

test_success_disabled if {
	count(blob_public_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowBlobPublicAccess": false}}]}, "context": {}}
}

test_success_unknown if {
	count(blob_public_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"allowBlobPublicAccess": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
