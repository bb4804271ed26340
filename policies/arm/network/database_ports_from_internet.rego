# METADATA
# title: "Disallow database ports from the Internet in network security groups"
# description: "Database engines reachable from any address are a common target for credential stuffing and data theft."
# custom:
#   id: ARM-NETWORK-003
#   severity: high
#   controls: ["mcsb:NS-1"]
#   remediation: "Remove the rule or restrict its source to the application subnets; use private endpoints for managed databases."
#   message: "Security rule {{rule}} allows {{service}} (port {{port}}) from the Internet."
package arm.network.database_ports_from_internet

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"rule": sr.name, "port": port, "service": service}) if {
	some sr in arm.security_rules
	arm.open_to_internet(sr.rule)
	some port, service in _database_ports
	arm.opens_port(sr.rule, port)
	path := sr.path
}

_database_ports := {
	1433: "SQL Server",
	1521: "Oracle",
	3306: "MySQL",
	5432: "PostgreSQL",
	6379: "Redis",
	9042: "Cassandra",
	27017: "MongoDB",
}
