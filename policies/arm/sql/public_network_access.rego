# METADATA
# title: "Disallow public network access to Azure SQL servers"
# description: "A SQL server with public network access enabled (the default) is reachable from the Internet, limited only by its firewall rules."
# custom:
#   id: ARM-SQL-002
#   severity: medium
#   controls: ["mcsb:NS-2"]
#   remediation: "Set properties.publicNetworkAccess to Disabled and connect through private endpoints."
#   message: "SQL server {{name}} allows public network access ({{value}})."
package arm.sql.public_network_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Sql/servers")
	path := ["properties", "publicNetworkAccess"]
	some value in _public(r, path)
}

_public(r, path) := {"not set, which means Enabled"} if arm.absent(r, path)

_public(r, path) := {v} if {
	v := arm.known_value(r, path)
	lower(v) != "disabled"
}
