# METADATA
# title: "Disallow default values for secure parameters"
# description: "A default value for a secure parameter is a secret written in the template, readable by anyone with access to the source."
# custom:
#   id: ARM-TEMPLATE-002
#   severity: high
#   controls: ["mcsb:IM-8"]
#   remediation: "Remove the defaultValue and supply the value at deployment time, e.g. from a Key Vault reference in the parameters file."
#   message: "Secure parameter {{parameter}} has a default value in the template."
#   fix:
#     - remove: [parameters, "*", defaultValue]
#       unsafe: Deployments that relied on the default must then pass the value.
package arm.template.secure_parameter_default

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["parameters", name, "defaultValue"], {"parameter": name}) if {
	some name, p in input.document.parameters
	p.secure == true
	value := arm.known_value(p, ["defaultValue"])
	not value in {"", {}}
}
