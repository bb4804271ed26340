# METADATA
# title: "Require auditing on Azure SQL servers"
# description: "Server auditing records database events needed to detect and investigate attacks; it is off unless an auditingSettings resource enables it."
# custom:
#   id: ARM-SQL-003
#   severity: medium
#   controls: ["mcsb:LT-3", "cis-azure:4.1.1"]
#   remediation: "Add a Microsoft.Sql/servers/auditingSettings child resource with state Enabled."
#   message: "SQL server {{name}} has no auditing settings with state Enabled."
package arm.sql.auditing

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Sql/servers")
	not _audited(i)
	path := ["resources", i]
}

_audited(i) if {
	some type in {"Microsoft.Sql/servers/auditingSettings", "Microsoft.Sql/servers/extendedAuditingSettings"}
	some setting in arm.children(i, type)
	not _disabled(setting)
}

_disabled(setting) if lower(arm.known_value(setting, ["properties", "state"])) == "disabled"
