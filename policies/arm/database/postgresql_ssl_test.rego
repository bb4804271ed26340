package arm.database.postgresql_ssl_test

import data.arm.database.postgresql_ssl

test_fail_single_server if {
	findings := postgresql_ssl.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforPostgreSQL/servers", "name": "pg", "properties": {"sslEnforcement": "Disabled"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-001"
	f.path == ["resources", 0, "properties", "sslEnforcement"]
}

test_fail_flexible_server if {
	findings := postgresql_ssl.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforPostgreSQL/flexibleServers/configurations", "name": "pg/require_secure_transport", "properties": {"value": "OFF", "source": "user-override"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-DB-001"
	f.path == ["resources", 0, "properties", "value"]
}

test_success_enabled if {
	count(postgresql_ssl.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforPostgreSQL/servers", "name": "pg", "properties": {"sslEnforcement": "Enabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(postgresql_ssl.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.DBforPostgreSQL/servers", "name": "pg", "properties": {"sslEnforcement": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
