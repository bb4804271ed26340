package arm.appservice.remote_debugging_test

import data.arm.appservice.remote_debugging

test_fail_enabled if {
	findings := remote_debugging.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"remoteDebuggingEnabled": true, "remoteDebuggingVersion": "VS2022"}}}]}, "context": {}}
	some f in findings
	f.id == "ARM-APPSERVICE-004"
	f.path == ["resources", 0, "properties", "siteConfig", "remoteDebuggingEnabled"]
}

test_success_disabled if {
	count(remote_debugging.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"remoteDebuggingEnabled": false}}}]}, "context": {}}
}

test_success_unknown if {
	count(remote_debugging.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Web/sites", "name": "web", "id": "/site/web", "kind": "app", "properties": {"siteConfig": {"remoteDebuggingEnabled": {"$unknown": "parameters('x')"}}}}]}, "context": {}}
}
