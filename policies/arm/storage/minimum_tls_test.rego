package arm.storage.minimum_tls_test

import data.arm.storage.minimum_tls

test_fail_tls1_0 if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"minimumTlsVersion": "TLS1_0"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-002"
	f.path == ["resources", 0, "properties", "minimumTlsVersion"]
}

test_fail_not_set if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-STORAGE-002"
	f.path == ["resources", 0, "properties", "minimumTlsVersion"]
}

test_success_tls1_2 if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"minimumTlsVersion": "TLS1_2"}}]}, "context": {}}
}

test_success_unknown if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "logs", "id": "/s/logs", "properties": {"minimumTlsVersion": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}

test_success_unknown_properties if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "x", "properties": {"$unknown": "parameters('x')"}}]}, "context": {}}
}
