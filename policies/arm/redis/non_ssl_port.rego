# METADATA
# title: "Disallow the non-SSL port on Azure Cache for Redis"
# description: "The non-SSL port (6379) carries the access key and data in clear text."
# custom:
#   id: ARM-REDIS-001
#   severity: high
#   controls: ["mcsb:DP-3"]
#   remediation: "Set properties.enableNonSslPort to false."
#   message: "Redis cache {{name}} enables the non-SSL port."
#   fix:
#     - set: [properties, enableNonSslPort]
#       value: false
package arm.redis.non_ssl_port

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Cache/redis")
	path := ["properties", "enableNonSslPort"]
	arm.is_true(r, path)
}
