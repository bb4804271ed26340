# METADATA
# title: "Require soft delete on key vaults"
# description: "Without soft delete a deleted vault, key or secret is gone at once, whether by mistake or by an attacker."
# custom:
#   id: ARM-KEYVAULT-001
#   severity: high
#   controls: ["mcsb:DP-8", "cis-azure:8.5"]
#   remediation: "Remove enableSoftDelete: false (soft delete is on by default and cannot be turned off on new vaults)."
#   message: "Key vault {{name}} disables soft delete."
#   fix:
#     - set: [properties, enableSoftDelete]
#       value: true
package arm.keyvault.soft_delete

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.KeyVault/vaults")
	path := ["properties", "enableSoftDelete"]
	arm.is_false(r, path)
}
