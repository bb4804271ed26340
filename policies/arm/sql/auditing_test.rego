package arm.sql.auditing_test

import data.arm.sql.auditing

test_fail_no_auditing if {
	findings := auditing.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-003"
	f.path == ["resources", 0]
}

test_fail_auditing_disabled if {
	findings := auditing.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}, {"type": "Microsoft.Sql/servers/auditingSettings", "name": "db/default", "parent": "/sql/db", "properties": {"state": "Disabled"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-003"
	f.path == ["resources", 0]
}

test_success_auditing_enabled if {
	count(auditing.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}, {"type": "Microsoft.Sql/servers/auditingSettings", "name": "db/default", "parent": "/SQL/db", "properties": {"state": "Enabled"}}]}, "context": {}}
}

test_success_auditing_unknown if {
	count(auditing.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers", "name": "db", "id": "/sql/db", "properties": {}}, {"type": "Microsoft.Sql/servers/auditingSettings", "name": "db/default", "parent": "/sql/db", "properties": {"state": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
