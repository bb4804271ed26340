# METADATA
# title: "Require SSL connections to MySQL servers"
# description: "Without enforced SSL, MySQL clients may send credentials and data in clear text."
# custom:
#   id: ARM-DB-003
#   severity: high
#   controls: ["mcsb:DP-3", "cis-azure:4.4.1"]
#   remediation: "Set sslEnforcement to Enabled (single server) or keep the require_secure_transport server parameter ON (flexible server)."
#   message: "MySQL server {{name}} does not require SSL connections."
package arm.database.mysql_ssl

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.DBforMySQL/servers")
	path := ["properties", "sslEnforcement"]
	lower(arm.known_value(r, path)) == "disabled"
}

deny contains result.finding(rego.metadata.chain(), ["resources", i, "properties", "value"], {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.DBforMySQL/flexibleServers/configurations")
	endswith(lower(r.name), "/require_secure_transport")
	lower(arm.known_value(r, ["properties", "value"])) == "off"
}
