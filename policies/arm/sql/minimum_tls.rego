# METADATA
# title: "Require TLS 1.2 or later for Azure SQL servers"
# description: "Without minimalTlsVersion, older clients can connect with TLS 1.0 or 1.1, which have known weaknesses."
# custom:
#   id: ARM-SQL-001
#   severity: high
#   controls: ["mcsb:DP-3"]
#   remediation: "Set properties.minimalTlsVersion to 1.2."
#   message: "SQL server {{name}} accepts TLS older than 1.2 (minimalTlsVersion: {{value}})."
#   fix:
#     - set: [properties, minimalTlsVersion]
#       value: "1.2"
package arm.sql.minimum_tls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Sql/servers")
	path := ["properties", "minimalTlsVersion"]
	some value in _weak(r, path)
}

_weak(r, path) := {"not set"} if arm.absent(r, path)

_weak(r, path) := {v} if {
	v := arm.known_value(r, path)
	not v in {"1.2", "1.3"}
}
