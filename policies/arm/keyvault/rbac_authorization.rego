# METADATA
# title: "Require Azure RBAC for key vault data access"
# description: "Vault access policies cannot be scoped below the vault or managed with Privileged Identity Management; Azure RBAC can."
# custom:
#   id: ARM-KEYVAULT-004
#   severity: medium
#   controls: ["mcsb:PA-7", "cis-azure:8.6"]
#   remediation: "Set properties.enableRbacAuthorization to true and grant data-plane roles instead of access policies."
#   message: "Key vault {{name}} uses access policies instead of Azure RBAC."
package arm.keyvault.rbac_authorization

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.KeyVault/vaults")
	path := ["properties", "enableRbacAuthorization"]
	arm.not_true(r, path)
}
