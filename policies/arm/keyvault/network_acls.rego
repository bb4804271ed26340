# METADATA
# title: "Require key vault firewalls to deny by default"
# description: "A key vault that accepts connections from every network relies on credentials alone to protect its secrets."
# custom:
#   id: ARM-KEYVAULT-003
#   severity: medium
#   controls: ["mcsb:NS-2"]
#   remediation: "Set properties.networkAcls.defaultAction to Deny (with the needed ipRules and virtualNetworkRules), or publicNetworkAccess to Disabled."
#   message: "Key vault {{name}} accepts traffic from all networks (networkAcls.defaultAction: {{value}})."
package arm.keyvault.network_acls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.KeyVault/vaults")
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
