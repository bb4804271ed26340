# METADATA
# title: "Disallow unrestricted public network access to container registries"
# description: "A registry open to all networks lets anyone with leaked credentials pull or push images from anywhere."
# custom:
#   id: ARM-ACR-002
#   severity: medium
#   controls: ["mcsb:NS-2"]
#   remediation: "Set properties.publicNetworkAccess to Disabled (with private endpoints) or networkRuleSet.defaultAction to Deny (Premium)."
#   message: "Container registry {{name}} accepts traffic from all networks."
package arm.acr.public_network_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerRegistry/registries")
	path := ["properties", "publicNetworkAccess"]
	_enabled(r, path)
	_open(r, ["properties", "networkRuleSet", "defaultAction"])
}

_enabled(r, path) if arm.absent(r, path)

_enabled(r, path) if lower(arm.known_value(r, path)) == "enabled"

_open(r, path) if arm.absent(r, path)

_open(r, path) if lower(arm.known_value(r, path)) == "allow"
