package arm.appservice.ftps_test

import data.arm.appservice.ftps

test_fail_all_allowed if {
	findings := ftps.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"ftpsState": "AllAllowed"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-003"
	f.path == ["resources", 0, "properties", "siteConfig", "ftpsState"]
}

test_fail_not_set if {
	findings := ftps.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-003"
	f.path == ["resources", 0, "properties", "siteConfig"]
}

test_success_disabled if {
	count(ftps.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"ftpsState": "Disabled"}}}]}, "context": {}}
}

test_success_set_in_config_resource if {
	count(ftps.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}, {"type": "Microsoft.Web/sites/config", "name": "web/web", "parent": "/site/web", "properties": {"ftpsState": "FtpsOnly"}}]}, "context": {}}
}

test_success_unknown if {
	count(ftps.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
