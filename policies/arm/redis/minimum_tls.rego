# METADATA
# title: "Require TLS 1.2 or later for Azure Cache for Redis"
# description: "Caches that accept TLS 1.0 or 1.1 let clients negotiate protocols with known weaknesses."
# custom:
#   id: ARM-REDIS-002
#   severity: medium
#   controls: ["mcsb:DP-3"]
#   remediation: "Set properties.minimumTlsVersion to 1.2."
#   message: "Redis cache {{name}} accepts TLS {{value}}."
#   fix:
#     - set: [properties, minimumTlsVersion]
#       value: "1.2"
package arm.redis.minimum_tls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Cache/redis")
	path := ["properties", "minimumTlsVersion"]
	value := arm.known_value(r, path)
	value in {"1.0", "1.1"}
}
