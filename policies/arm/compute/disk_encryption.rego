# METADATA
# title: "Require encryption at host or Azure Disk Encryption for virtual machines"
# description: "Without encryption at host or Azure Disk Encryption, temporary disks and disk caches are stored unencrypted on the host."
# custom:
#   id: ARM-COMPUTE-002
#   severity: medium
#   controls: ["mcsb:DP-4"]
#   remediation: "Set properties.securityProfile.encryptionAtHost to true, or add the AzureDiskEncryption extension."
#   message: "Virtual machine {{name}} has neither encryption at host nor Azure Disk Encryption."
package arm.compute.disk_encryption

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name)}) if {
	some i, r in arm.resources_of("Microsoft.Compute/virtualMachines")
	path := ["properties", "securityProfile", "encryptionAtHost"]
	arm.not_true(r, path)
	not _disk_encryption_extension(i)
}

_disk_encryption_extension(i) if {
	some ext in arm.children(i, "Microsoft.Compute/virtualMachines/extensions")
	not _other_extension(ext)
}

# An extension is known not to be Azure Disk Encryption only when its publisher and type are known.
_other_extension(ext) if lower(arm.known_value(ext, ["properties", "publisher"])) != "microsoft.azure.security"

_other_extension(ext) if {
	type := arm.known_value(ext, ["properties", "type"])
	not startswith(lower(type), "azurediskencryption")
}
