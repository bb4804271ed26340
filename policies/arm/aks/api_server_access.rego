# METADATA
# title: "Require a private API server or authorized IP ranges on AKS clusters"
# description: "A public Kubernetes API server without authorized IP ranges accepts connections from the whole Internet."
# custom:
#   id: ARM-AKS-003
#   severity: high
#   controls: ["mcsb:NS-2"]
#   remediation: "Set apiServerAccessProfile.enablePrivateCluster to true, or list the admin networks in apiServerAccessProfile.authorizedIPRanges."
#   message: "AKS cluster {{name}} exposes its API server to the Internet without authorized IP ranges."
package arm.aks.api_server_access

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerService/managedClusters")
	path := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]
	arm.not_true(r, path)
	_no_ranges(r, ["properties", "apiServerAccessProfile", "authorizedIPRanges"])
}

_no_ranges(r, path) if arm.absent(r, path)

_no_ranges(r, path) if count(arm.known_value(r, path)) == 0
