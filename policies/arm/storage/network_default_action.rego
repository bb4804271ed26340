# METADATA
# title: "Require storage account firewalls to deny by default"
# description: "With networkAcls.defaultAction Allow (the default) the account accepts connections from any network."
# custom:
#   id: ARM-STORAGE-006
#   severity: medium
#   controls: ["mcsb:NS-2", "cis-azure:3.8"]
#   remediation: "Set properties.networkAcls.defaultAction to Deny and allow the networks that need access, or set publicNetworkAccess to Disabled."
#   message: "Storage account {{name}} accepts traffic from all networks (networkAcls.defaultAction: {{value}})."
package arm.storage.network_default_action

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts")
	not _public_access_disabled(r)
	path := ["properties", "networkAcls", "defaultAction"]
	some value in _open(r, path)
}

_public_access_disabled(r) if lower(arm.known_value(r, ["properties", "publicNetworkAccess"])) == "disabled"

_public_access_disabled(r) if arm.unknown_along(r, ["properties", "publicNetworkAccess"])

_open(r, path) := {"not set, which means Allow"} if arm.absent(r, path)

_open(r, path) := {v} if {
	v := arm.known_value(r, path)
	lower(v) != "deny"
}
