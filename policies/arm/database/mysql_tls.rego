# METADATA
# title: "Require TLS 1.2 or later for MySQL servers"
# description: "MySQL servers that accept TLS 1.0 or 1.1 let clients negotiate protocols with known weaknesses."
# custom:
#   id: ARM-DB-004
#   severity: medium
#   controls: ["mcsb:DP-3", "cis-azure:4.4.2"]
#   remediation: "Set minimalTlsVersion to TLS1_2 (single server) or the tls_version server parameter to TLSv1.2 or later (flexible server)."
#   message: "MySQL server {{name}} accepts TLS older than 1.2 ({{value}})."
#   fix:
#     - set: [properties, minimalTlsVersion]
#       value: TLS1_2
#     - set: [properties, value]
#       value: TLSv1.2
package arm.database.mysql_tls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.DBforMySQL/servers")
	path := ["properties", "minimalTlsVersion"]
	value := arm.known_value(r, path)
	value in {"TLS1_0", "TLS1_1", "TLSEnforcementDisabled"}
}

deny contains result.finding(rego.metadata.chain(), ["resources", i, "properties", "value"], {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.DBforMySQL/flexibleServers/configurations")
	endswith(lower(r.name), "/tls_version")
	value := arm.known_value(r, ["properties", "value"])
	some version in split(value, ",")
	lower(trim_space(version)) in {"tlsv1", "tlsv1.0", "tlsv1.1"}
}
