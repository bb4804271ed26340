package arm.aks.network_policy_test

import data.arm.aks.network_policy

test_fail_not_set if {
	findings := network_policy.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"networkProfile": {"networkPlugin": "azure"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-AKS-004"
	f.path == ["resources", 0, "properties", "networkProfile", "networkPolicy"]
}

test_success_calico if {
	count(network_policy.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"networkProfile": {"networkPolicy": "calico"}}}]}, "context": {}}
}

test_success_unknown if {
	count(network_policy.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"networkProfile": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
