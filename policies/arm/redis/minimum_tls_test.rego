package arm.redis.minimum_tls_test

import data.arm.redis.minimum_tls

test_fail_tls1_0 if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"minimumTlsVersion": "1.0"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-REDIS-002"
	f.path == ["resources", 0, "properties", "minimumTlsVersion"]
}

test_success_tls1_2 if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"minimumTlsVersion": "1.2"}}]}, "context": {}}
}

test_success_unknown if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Cache/redis", "name": "cache", "properties": {"minimumTlsVersion": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
