# METADATA
# title: "Require a network policy engine on AKS clusters"
# description: "Without a network policy engine, Kubernetes NetworkPolicies are ignored and every pod can reach every other pod."
# custom:
#   id: ARM-AKS-004
#   severity: medium
#   controls: ["mcsb:NS-1"]
#   remediation: "Set properties.networkProfile.networkPolicy to azure, calico or cilium."
#   message: "AKS cluster {{name}} has no network policy engine."
package arm.aks.network_policy

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.ContainerService/managedClusters")
	path := ["properties", "networkProfile", "networkPolicy"]
	_none(r, path)
}

_none(r, path) if arm.absent(r, path)

_none(r, path) if lower(arm.known_value(r, path)) == "none"
