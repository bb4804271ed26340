# METADATA
# title: "Disallow public access levels on blob containers"
# description: "A container with publicAccess Blob or Container lets anyone on the Internet read its blobs without credentials."
# custom:
#   id: ARM-STORAGE-004
#   severity: high
#   controls: ["mcsb:NS-2", "cis-azure:3.7"]
#   remediation: "Set properties.publicAccess of the container to None."
#   message: "Blob container {{name}} is publicly readable (publicAccess: {{value}})."
package arm.storage.container_public_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts/blobServices/containers")
	path := ["properties", "publicAccess"]
	value := arm.known_value(r, path)
	lower(value) != "none"
}
