package arm.appservice.minimum_tls_test

import data.arm.appservice.minimum_tls

test_fail_site_config if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"minTlsVersion": "1.0"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-002"
	f.path == ["resources", 0, "properties", "siteConfig", "minTlsVersion"]
}

test_fail_config_resource if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}, {"type": "Microsoft.Web/sites/config", "name": "web/web", "parent": "/site/web", "properties": {"minTlsVersion": "1.1"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-002"
	f.path == ["resources", 1, "properties", "minTlsVersion"]
}

test_success_tls1_2 if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"minTlsVersion": "1.2"}}}]}, "context": {}}
}

test_success_default if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {}}]}, "context": {}}
}

test_success_unknown if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"minTlsVersion": {"$unknown": "parameters('x')"}}}}]}, "context": {}}
}
