# METADATA
# title: "Require TLS 1.2 or later for storage accounts"
# description: "Storage accounts accept TLS 1.0 unless minimumTlsVersion says otherwise; TLS 1.0 and 1.1 have known weaknesses."
# custom:
#   id: ARM-STORAGE-002
#   severity: high
#   controls: ["mcsb:DP-3", "cis-azure:3.15"]
#   remediation: "Set properties.minimumTlsVersion to TLS1_2."
#   message: "Storage account {{name}} accepts TLS older than 1.2 (minimumTlsVersion: {{value}})."
#   fix:
#     - set: [properties, minimumTlsVersion]
#       value: TLS1_2
package arm.storage.minimum_tls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts")
	path := ["properties", "minimumTlsVersion"]
	some value in _weak(r, path)
}

_weak(r, path) := {"not set"} if arm.absent(r, path)

_weak(r, path) := {v} if {
	v := arm.known_value(r, path)
	not v in {"TLS1_2", "TLS1_3"}
}
