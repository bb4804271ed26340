package arm.storage.https_only_test

import data.arm.storage.https_only

test_fail_http_allowed if {
	findings := https_only.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"supportsHttpsTrafficOnly": false}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-001"
	f.path == ["resources", 0, "properties", "supportsHttpsTrafficOnly"]
}

test_success_https_only if {
	count(https_only.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"supportsHttpsTrafficOnly": true}}]}, "context": {}}
}

test_success_default if {
	count(https_only.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {}}]}, "context": {}}
}

test_success_unknown if {
	count(https_only.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"supportsHttpsTrafficOnly": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
