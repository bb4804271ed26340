# METADATA
# title: "Disallow disabling transparent data encryption on SQL databases"
# description: "Transparent data encryption protects database files and backups at rest; turning it off leaves them readable to anyone who obtains the files."
# custom:
#   id: ARM-SQL-004
#   severity: high
#   controls: ["mcsb:DP-4", "cis-azure:4.1.5"]
#   remediation: "Set the transparentDataEncryption resource's state to Enabled, or remove it (encryption is on by default)."
#   message: "Database encryption {{name}} is disabled."
package arm.sql.transparent_data_encryption

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Sql/servers/databases/transparentDataEncryption")
	some key in {"state", "status"}
	path := ["properties", key]
	lower(arm.known_value(r, path)) == "disabled"
}
