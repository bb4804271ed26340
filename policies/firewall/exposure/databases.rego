# METADATA
# title: Disallow database ports from any source
# description: >-
#   Databases reachable from anywhere (MySQL, PostgreSQL, SQL Server, Redis, MongoDB,
#   Elasticsearch) are scanned for continuously; default or weak credentials and unauthenticated
#   Redis, MongoDB and Elasticsearch instances lead straight to data theft or ransom.
# custom:
#   id: FW-007
#   severity: high
#   controls: []
#   remediation: >-
#     Accept database ports only from the application hosts or a private network, never from any
#     source.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.databases

import data.lib.firewall
import data.lib.result

_services := [
	{"label": "MySQL (TCP 3306)", "port": 3306, "protocol": "tcp"},
	{"label": "PostgreSQL (TCP 5432)", "port": 5432, "protocol": "tcp"},
	{"label": "SQL Server (TCP 1433)", "port": 1433, "protocol": "tcp"},
	{"label": "Redis (TCP 6379)", "port": 6379, "protocol": "tcp"},
	{"label": "MongoDB (TCP 27017)", "port": 27017, "protocol": "tcp"},
	{"label": "Elasticsearch (TCP 9200)", "port": 9200, "protocol": "tcp"},
]

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	some e in firewall.exposed(_services)
}
