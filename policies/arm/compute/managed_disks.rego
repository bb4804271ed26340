# METADATA
# title: "Require managed disks for virtual machines"
# description: "Unmanaged disks live as page blobs in a storage account, outside the encryption, RBAC and availability guarantees of managed disks."
# custom:
#   id: ARM-COMPUTE-003
#   severity: medium
#   controls: ["mcsb:DP-4", "cis-azure:7.2"]
#   remediation: "Remove storageProfile.osDisk.vhd (and dataDisks[].vhd) and use managedDisk instead."
#   message: "Virtual machine {{name}} uses an unmanaged (VHD) disk."
package arm.compute.managed_disks

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Compute/virtualMachines")
	some path in _vhd_paths(r)
	arm.known_value(r, path)
}

_vhd_paths(r) := {["properties", "storageProfile", "osDisk", "vhd"]} | {p |
	some k, _ in r.properties.storageProfile.dataDisks
	p := ["properties", "storageProfile", "dataDisks", k, "vhd"]
}
