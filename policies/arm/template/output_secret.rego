# METADATA
# title: "Disallow secrets in template outputs"
# description: "Deployment outputs are stored in plain text in the deployment history and readable by anyone with read access to the resource group."
# custom:
#   id: ARM-TEMPLATE-003
#   severity: high
#   controls: ["mcsb:IM-8"]
#   remediation: "Do not output keys, connection strings or secure parameters; read them from Key Vault where they are needed."
#   message: "Output {{output}} exposes a secret ({{reason}})."
package arm.template.output_secret

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["outputs", name, "value"], {"output": name, "reason": reason}) if {
	some name, o in input.document.outputs
	not lower(o.type) in {"securestring", "secureobject"}
	some reason in _reasons(name, o)
}

_reasons(name, o) := ({r |
	walk(o.value, [_, v])
	arm.is_unknown(v)
	regex.match(`(?i)(^|[^a-z])list[a-z]*\(`, v["$unknown"])
	r := "it reads keys with a list function"
} | {r |
	some p in o.parameters
	input.document.parameters[p].secure == true
	r := concat("", ["it returns secure parameter ", p])
}) | {r |
	arm.looks_secret(name)
	r := "its name says it holds a secret"
}
