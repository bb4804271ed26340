# METADATA
# title: "Disallow shared key authorization on storage accounts"
# description: "Account keys grant full access to all data, cannot be scoped and are easily leaked; Microsoft Entra ID authorization can be audited and scoped."
# custom:
#   id: ARM-STORAGE-005
#   severity: medium
#   controls: ["mcsb:IM-1"]
#   remediation: "Set properties.allowSharedKeyAccess to false and use Microsoft Entra ID (RBAC) for data access."
#   message: "Storage account {{name}} allows shared key authorization (allowSharedKeyAccess is {{value}})."
package arm.storage.shared_key_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "value": value}) if {
	some i, r in arm.resources_of("Microsoft.Storage/storageAccounts")
	path := ["properties", "allowSharedKeyAccess"]
	some value in _allowed(r, path)
}

_allowed(r, path) := {"not set, which allows it"} if arm.absent(r, path)

_allowed(r, path) := {"true"} if arm.is_true(r, path)
