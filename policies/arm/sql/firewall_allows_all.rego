# METADATA
# title: "Disallow SQL server firewall rules that admit every IPv4 address"
# description: "A firewall rule from 0.0.0.0 to 255.255.255.255 exposes the server's login endpoint to the whole Internet."
# custom:
#   id: ARM-SQL-005
#   severity: high
#   controls: ["mcsb:NS-2", "cis-azure:4.1.2"]
#   remediation: "Narrow the rule to the client addresses that need access, or use private endpoints."
#   message: "SQL firewall rule {{name}} admits every IPv4 address ({{start}} to {{end}})."
package arm.sql.firewall_allows_all

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "start": start, "end": end}) if {
	some i, r in arm.resources_of("Microsoft.Sql/servers/firewallRules")
	start := arm.known_value(r, ["properties", "startIpAddress"])
	end := arm.known_value(r, ["properties", "endIpAddress"])
	start == "0.0.0.0"
	end == "255.255.255.255"
	path := ["properties", "startIpAddress"]
}
