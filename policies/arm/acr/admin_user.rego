# METADATA
# title: "Disallow the admin user on container registries"
# description: "The registry admin user is a shared account with full push and pull rights whose password is easily leaked."
# custom:
#   id: ARM-ACR-001
#   severity: medium
#   controls: ["mcsb:IM-1"]
#   remediation: "Set properties.adminUserEnabled to false and use Microsoft Entra ID identities or scoped tokens."
#   message: "Container registry {{name}} enables the admin user."
#   fix:
#     - set: [properties, adminUserEnabled]
#       value: false
package arm.acr.admin_user

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerRegistry/registries")
	path := ["properties", "adminUserEnabled"]
	arm.is_true(r, path)
}
