package arm.compute.disk_encryption_test

import data.arm.compute.disk_encryption

test_fail_no_encryption if {
	findings := disk_encryption.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"hardwareProfile": {"vmSize": "Standard_D4s_v4"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COMPUTE-002"
	f.path == ["resources", 0, "properties", "securityProfile"]
}

test_success_encryption_at_host if {
	count(disk_encryption.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"securityProfile": {"encryptionAtHost": true}}}]}, "context": {}}
}

test_success_ade_extension if {
	count(disk_encryption.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {}}, {"type": "Microsoft.Compute/virtualMachines/extensions", "name": "web/ade", "parent": "/vm/web", "properties": {"publisher": "Microsoft.Azure.Security", "type": "AzureDiskEncryptionForLinux"}}]}, "context": {}}
}

test_success_unknown if {
	count(disk_encryption.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"securityProfile": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
