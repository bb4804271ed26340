package arm.database.mysql_ssl_test

import data.arm.database.mysql_ssl

test_fail_single_server if {
	findings := mysql_ssl.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "pg", "properties": {"sslEnforcement": "Disabled"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-003"
	f.path == ["resources", 0, "properties", "sslEnforcement"]
}

test_fail_flexible_server if {
	findings := mysql_ssl.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/flexibleServers/configurations", "name": "pg/require_secure_transport", "properties": {"value": "OFF", "source": "user-override"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-003"
	f.path == ["resources", 0, "properties", "value"]
}

test_success_enabled if {
	count(mysql_ssl.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "pg", "properties": {"sslEnforcement": "Enabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(mysql_ssl.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforMySQL/servers", "name": "pg", "properties": {"sslEnforcement": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
