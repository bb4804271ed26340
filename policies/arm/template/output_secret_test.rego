package arm.template.output_secret_test

import data.arm.template.output_secret

test_fail_list_keys if {
	findings := output_secret.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {}, "outputs": {"key": {"type": "string", "value": {"$unknown": "listKeys(resourceId('Microsoft.Storage/storageAccounts', 'x'), '2023-01-01').keys[0].value"}, "parameters": []}}}, "context": {}}
	some f in findings
	f.id == "ARM-TEMPLATE-003"
	f.path == ["outputs", "key", "value"]
}

test_fail_secure_parameter if {
	findings := output_secret.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"pwd": {"type": "securestring", "secure": true}}, "outputs": {"out": {"type": "string", "value": "x", "parameters": ["pwd"]}}}, "context": {}}
	some f in findings
	f.id == "ARM-TEMPLATE-003"
	f.path == ["outputs", "out", "value"]
}

test_success_endpoint if {
	count(output_secret.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {}, "outputs": {"endpoint": {"type": "string", "value": {"$unknown": "reference('x').primaryEndpoints.blob"}, "parameters": []}}}, "context": {}}
}

test_success_secure_output if {
	count(output_secret.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {}, "outputs": {"key": {"type": "securestring", "value": {"$unknown": "listKeys('x', '1').keys[0].value"}, "parameters": []}}}, "context": {}}
}
