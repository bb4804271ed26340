# METADATA
# title: "Disallow anonymous public read access to blobs"
# description: "With allowBlobPublicAccess enabled (the default of older API versions), any container can be made readable by anyone on the Internet."
# custom:
#   id: ARM-STORAGE-003
#   severity: high
#   controls: ["mcsb:NS-2", "cis-azure:3.7"]
#   remediation: "Set properties.allowBlobPublicAccess to false."
#   message: "Storage account {{name}} allows anonymous public blob access (allowBlobPublicAccess is {{value}})."
#   fix:
#     - set: [properties, allowBlobPublicAccess]
#       value: false
package arm.storage.blob_public_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts")
	path := ["properties", "allowBlobPublicAccess"]
	some value in _allowed(r, path)
}

_allowed(r, path) := {"not set"} if arm.absent(r, path)

_allowed(r, path) := {"true"} if arm.is_true(r, path)
