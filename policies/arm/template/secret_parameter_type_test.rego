package arm.template.secret_parameter_type_test

import data.arm.template.secret_parameter_type

test_fail_password_string if {
	findings := secret_parameter_type.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"adminPassword": {"type": "string", "secure": false, "value": {"$unknown": "parameters('x')"}, "source": "none"}}}, "context": {}}
	some f in findings
	f.id == "ARM-TEMPLATE-001"
	f.path == ["parameters", "adminPassword", "type"]
}

test_success_secure if {
	count(secret_parameter_type.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"adminPassword": {"type": "securestring", "secure": true, "value": {"$unknown": "parameters('x')"}, "source": "none"}}}, "context": {}}
}

test_success_not_secret if {
	count(secret_parameter_type.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"location": {"type": "string", "secure": false, "value": "x", "source": "default"}}}, "context": {}}
}
