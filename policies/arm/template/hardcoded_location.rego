# METADATA
# title: "Disallow hard-coded resource locations"
# description: "A literal location pins resources to one region regardless of where the template is deployed, which breaks data-residency and disaster-recovery plans."
# custom:
#   id: ARM-TEMPLATE-004
#   severity: low
#   controls: ["mcsb:AM-2"]
#   remediation: "Use a location parameter that defaults to [resourceGroup().location]."
#   message: "Resource {{name}} has the hard-coded location {{location}}."
package arm.template.hardcoded_location

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"name": arm.display(r.name), "location": raw}) if {
	some i, r in input.document.resources
	raw := r.raw.location
	is_string(raw)
	not startswith(raw, "[")
	not lower(raw) == "global"
	path := ["resources", i, "location"]
}
