package arm.sql.transparent_data_encryption_test

import data.arm.sql.transparent_data_encryption

test_fail_disabled if {
	findings := transparent_data_encryption.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/databases/transparentDataEncryption", "name": "s/db/current", "properties": {"state": "Disabled"}}]}, "context": {}}
	some f in findings
	f.id == "ARM-SQL-004"
	f.path == ["resources", 0, "properties", "state"]
}

test_success_enabled if {
	count(transparent_data_encryption.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/databases/transparentDataEncryption", "name": "s/db/current", "properties": {"state": "Enabled"}}]}, "context": {}}
}

test_success_unknown if {
	count(transparent_data_encryption.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [{"type": "Microsoft.Sql/servers/databases/transparentDataEncryption", "name": "s/db/current", "properties": {"state": {"$unknown": "parameters('x')"}}}]}, "context": {}}
}
