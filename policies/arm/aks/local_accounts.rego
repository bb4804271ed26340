# METADATA
# title: "Disallow local accounts on AKS clusters"
# description: "Local cluster-admin credentials bypass Microsoft Entra ID, cannot be audited per user and do not expire."
# custom:
#   id: ARM-AKS-002
#   severity: medium
#   controls: ["mcsb:IM-1"]
#   remediation: "Set properties.disableLocalAccounts to true and use Microsoft Entra ID integration (aadProfile)."
#   message: "AKS cluster {{name}} keeps local accounts enabled."
package arm.aks.local_accounts

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerService/managedClusters")
	path := ["properties", "disableLocalAccounts"]
	arm.not_true(r, path)
}
