# METADATA
# title: "Require HTTPS-only traffic to storage accounts"
# description: "A storage account that accepts plain HTTP exposes data and shared keys in transit."
# custom:
#   id: ARM-STORAGE-001
#   severity: high
#   controls: ["mcsb:DP-3", "cis-azure:3.1"]
#   remediation: "Set properties.supportsHttpsTrafficOnly to true (or leave it out: the default is true)."
#   message: "Storage account {{name}} accepts HTTP traffic (supportsHttpsTrafficOnly is false)."
#   fix:
#     - set: [properties, supportsHttpsTrafficOnly]
#       value: true
package arm.storage.https_only

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts")
	path := ["properties", "supportsHttpsTrafficOnly"]
	arm.is_false(r, path)
}
