package arm.database.mysql_tls_test

import data.arm.database.mysql_tls

test_fail_single_server if {
	findings := mysql_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "db", "properties": {"minimalTlsVersion": "TLS1_0"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-004"
	f.path == ["resources", 0, "properties", "minimalTlsVersion"]
}

test_fail_flexible_server if {
	findings := mysql_tls.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/flexibleServers/configurations", "name": "db/tls_version", "properties": {"value": "TLSv1.1,TLSv1.2"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-004"
	f.path == ["resources", 0, "properties", "value"]
}

test_success_tls1_2 if {
	count(mysql_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "db", "properties": {"minimalTlsVersion": "TLS1_2"}}]}, "context": {}}
}

test_success_flexible_tls1_2 if {
	count(mysql_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/flexibleServers/configurations", "name": "db/tls_version", "properties": {"value": "TLSv1.2"}}]}, "context": {}}
}

test_success_unknown if {
	count(mysql_tls.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "db", "properties": {"minimalTlsVersion": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
