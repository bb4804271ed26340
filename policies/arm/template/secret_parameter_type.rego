# METADATA
# title: "Require secureString or secureObject for secret parameters"
# description: "Parameters of type string or object are logged in the deployment history and shown in the portal; secure types are not."
# custom:
#   id: ARM-TEMPLATE-001
#   severity: high
#   controls: ["mcsb:IM-8"]
#   remediation: "Declare the parameter with type secureString (or secureObject)."
#   message: "Parameter {{parameter}} looks like a secret but has type {{type}}."
#   fix:
#     - set: [parameters, "*", type]
#       value: secureString
#       when: [string]
#     - set: [parameters, "*", type]
#       value: secureObject
#       when: [object]
package arm.template.secret_parameter_type

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["parameters", name, "type"], {"parameter": name, "type": p.type}) if {
	some name, p in input.document.parameters
	arm.looks_secret(name)
	lower(p.type) in {"string", "object"}
}
