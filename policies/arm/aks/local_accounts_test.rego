package arm.aks.local_accounts_test

import data.arm.aks.local_accounts

test_fail_not_set if {
	findings := local_accounts.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-AKS-002"
	f.path == ["resources", 0, "properties", "disableLocalAccounts"]
}

test_success_disabled if {
	count(local_accounts.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"disableLocalAccounts": true}}]}, "context": {}}
}

test_success_unknown if {
	count(local_accounts.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"disableLocalAccounts": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
