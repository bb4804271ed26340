package arm.appservice.managed_identity_test

import data.arm.appservice.managed_identity

test_fail_none if {
	findings := managed_identity.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-005"
	f.path == ["resources", 0, "identity"]
}

test_fail_type_none if {
	findings := managed_identity.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}, "identity": {"type": "None"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-005"
	f.path == ["resources", 0, "identity", "type"]
}

test_success_system_assigned if {
	count(managed_identity.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}, "identity": {"type": "SystemAssigned"}}]}, "context": {}}
}

test_success_unknown if {
	count(managed_identity.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}, "identity": {"$unknown": "parameters('x')"}}]}, "context": {}}
}
