# METADATA
# title: "Require Kubernetes RBAC on AKS clusters"
# description: "Without Kubernetes RBAC every authenticated user has full access to the cluster API."
# custom:
#   id: ARM-AKS-001
#   severity: high
#   controls: ["mcsb:PA-7"]
#   remediation: "Set properties.enableRBAC to true (the default)."
#   message: "AKS cluster {{name}} disables Kubernetes RBAC."
package arm.aks.rbac

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerService/managedClusters")
	path := ["properties", "enableRBAC"]
	arm.is_false(r, path)
}
