package arm.template.secure_parameter_default_test

import data.arm.template.secure_parameter_default

test_fail_default_password if {
	findings := secure_parameter_default.deny with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"adminPassword": {"type": "securestring", "secure": true, "value": "P@ss", "defaultValue": "P@ss", "source": "default"}}}, "context": {}}
	some f in findings
	f.id == "ARM-TEMPLATE-002"
	f.path == ["parameters", "adminPassword", "defaultValue"]
}

test_success_no_default if {
	count(secure_parameter_default.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"adminPassword": {"type": "securestring", "secure": true, "value": {"$unknown": "parameters('x')"}, "source": "none"}}}, "context": {}}
}

test_success_generated_default if {
	count(secure_parameter_default.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"adminPassword": {"type": "securestring", "secure": true, "value": {"$unknown": "parameters('x')"}, "defaultValue": {"$unknown": "newGuid()"}, "source": "default"}}}, "context": {}}
}

test_success_empty_default if {
	count(secure_parameter_default.deny) == 0 with input as {"kind": "arm", "file": "azuredeploy.json", "document": {"resources": [], "parameters": {"token": {"type": "securestring", "secure": true, "value": "", "defaultValue": "", "source": "default"}}}, "context": {}}
}
