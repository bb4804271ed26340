package arm.compute.managed_disks_test

import data.arm.compute.managed_disks

test_fail_vhd_os_disk if {
	findings := managed_disks.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"storageProfile": {"osDisk": {"vhd": {"uri": "https://x.blob.core.windows.net/vhds/os.vhd"}}}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COMPUTE-003"
	f.path == ["resources", 0, "properties", "storageProfile", "osDisk", "vhd"]
}

test_fail_vhd_data_disk if {
	findings := managed_disks.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"storageProfile": {"osDisk": {"managedDisk": {}}, "dataDisks": [{"lun": 0, "vhd": {"uri": "u"}}]}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-COMPUTE-003"
	f.path == ["resources", 0, "properties", "storageProfile", "dataDisks", 0, "vhd"]
}

test_success_managed if {
	count(managed_disks.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"storageProfile": {"osDisk": {"managedDisk": {"storageAccountType": "Premium_LRS"}}}}}]}, "context": {}}
}

test_success_unknown if {
	count(managed_disks.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Compute/virtualMachines", "name": "web", "id": "/vm/web", "properties": {"storageProfile": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
