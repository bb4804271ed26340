# METADATA
# title: "Require Cosmos DB accounts to limit network access"
# description: "A Cosmos DB account without IP rules, virtual network filters or disabled public access accepts connections from every network."
# custom:
#   id: ARM-COSMOS-001
#   severity: medium
#   controls: ["mcsb:NS-2", "cis-azure:4.5.1"]
#   remediation: "Set publicNetworkAccess to Disabled, or enable isVirtualNetworkFilterEnabled with virtualNetworkRules, or list ipRules."
#   message: "Cosmos DB account {{name}} accepts traffic from all networks."
package arm.cosmos.network_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.DocumentDB/databaseAccounts")
	path := ["properties", "publicNetworkAccess"]
	_enabled(r, path)
	arm.not_true(r, ["properties", "isVirtualNetworkFilterEnabled"])
	_empty(r, ["properties", "ipRules"])
}

_enabled(r, path) if arm.absent(r, path)

_enabled(r, path) if lower(arm.known_value(r, path)) == "enabled"

_empty(r, path) if arm.absent(r, path)

_empty(r, path) if count(arm.known_value(r, path)) == 0
