# METADATA
# title: "Require purge protection on key vaults"
# description: "Without purge protection a soft-deleted vault or secret can be purged at once, so a compromised administrator can destroy keys for good."
# custom:
#   id: ARM-KEYVAULT-002
#   severity: medium
#   controls: ["mcsb:DP-8", "cis-azure:8.5"]
#   remediation: "Set properties.enablePurgeProtection to true."
#   message: "Key vault {{name}} does not enable purge protection."
package arm.keyvault.purge_protection

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.KeyVault/vaults")
	path := ["properties", "enablePurgeProtection"]
	arm.not_true(r, path)
}
