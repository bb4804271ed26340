package arm.redis.non_ssl_port_test

import data.arm.redis.non_ssl_port

test_fail_enabled if {
	findings := non_ssl_port.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"enableNonSslPort": true}}]}, "context": {}}
	some f in findings
	f.id == "ARM-REDIS-001"
	f.path == ["resources", 0, "properties", "enableNonSslPort"]
}

test_success_disabled if {
	count(non_ssl_port.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"enableNonSslPort": false}}]}, "context": {}}
}

test_success_unknown if {
	count(non_ssl_port.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"enableNonSslPort": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
