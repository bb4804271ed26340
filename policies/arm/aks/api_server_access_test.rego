package arm.aks.api_server_access_test

import data.arm.aks.api_server_access

test_fail_public if {
	findings := api_server_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-AKS-003"
	f.path == ["resources", 0, "properties", "apiServerAccessProfile"]
}

test_fail_empty_ranges if {
	findings := api_server_access.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"apiServerAccessProfile": {"authorizedIPRanges": []}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-AKS-003"
	f.path == ["resources", 0, "properties", "apiServerAccessProfile", "enablePrivateCluster"]
}

test_success_private if {
	count(api_server_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"apiServerAccessProfile": {"enablePrivateCluster": true}}}]}, "context": {}}
}

test_success_ranges if {
	count(api_server_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"apiServerAccessProfile": {"authorizedIPRanges": ["203.0.113.0/24"]}}}]}, "context": {}}
}

test_success_unknown if {
	count(api_server_access.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": {"apiServerAccessProfile": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
