package arm.sql.minimum_tls_test

import data.arm.sql.minimum_tls

test_fail_tls1_0 if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"minimalTlsVersion": "1.0"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-001"
	f.path == ["resources", 0, "properties", "minimalTlsVersion"]
}

test_fail_not_set if {
	findings := minimum_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-001"
	f.path == ["resources", 0, "properties", "minimalTlsVersion"]
}

test_success_tls1_2 if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"minimalTlsVersion": "1.2"}}]}, "context": {}}
}

test_success_unknown if {
	count(minimum_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {"minimalTlsVersion": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
