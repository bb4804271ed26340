# METADATA
# title: "Disallow key-based authentication on Cosmos DB accounts"
# description: "Primary keys give full account access and cannot be scoped or audited per user; Microsoft Entra ID with RBAC can."
# custom:
#   id: ARM-COSMOS-002
#   severity: medium
#   controls: ["mcsb:IM-1", "cis-azure:4.5.3"]
#   remediation: "Set properties.disableLocalAuth to true and grant Cosmos DB data-plane roles."
#   message: "Cosmos DB account {{name}} allows key-based authentication."
package arm.cosmos.local_auth

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.DocumentDB/databaseAccounts")
	path := ["properties", "disableLocalAuth"]
	arm.not_true(r, path)
}
