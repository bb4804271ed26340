package arm.aks.rbac_test

import data.arm.aks.rbac

test_fail_disabled if {
	findings := rbac.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"enableRBAC": false}}]}, "context": {}}
	some f in findings
	f.id == "ARM-AKS-001"
	f.path == ["resources", 0, "properties", "enableRBAC"]
}

test_success_enabled if {
	count(rbac.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"enableRBAC": true}}]}, "context": {}}
}

test_success_unknown if {
	count(rbac.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"enableRBAC": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
