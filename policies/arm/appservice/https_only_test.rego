package arm.appservice.https_only_test

import data.arm.appservice.https_only

test_fail_not_set if {
	findings := https_only.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-001"
	f.path == ["resources", 0, "properties", "httpsOnly"]
}

test_fail_function_app if {
	findings := https_only.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "functionapp,linux", "properties": {"httpsOnly": false}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-001"
	f.path == ["resources", 0, "properties", "httpsOnly"]
}

test_success_https if {
	count(https_only.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"httpsOnly": true}}]}, "context": {}}
}

test_success_unknown if {
	count(https_only.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"httpsOnly": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
