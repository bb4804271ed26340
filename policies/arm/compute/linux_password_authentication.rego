# METADATA
# title: "Disallow password authentication on Linux virtual machines"
# description: "Passwords can be guessed or reused; SSH keys resist brute force, which Internet-facing Linux machines face constantly."
# custom:
#   id: ARM-COMPUTE-001
#   severity: high
#   controls: ["mcsb:IM-6"]
#   remediation: "Set osProfile.linuxConfiguration.disablePasswordAuthentication to true and provide ssh.publicKeys."
#   message: "Linux {{what}} {{name}} allows password authentication."
#   fix:
#     - set: [linuxConfiguration, disablePasswordAuthentication]
#       value: true
#       unsafe: Azure then requires SSH public keys (osProfile.linuxConfiguration.ssh.publicKeys); without them the deployment fails.
package arm.compute.linux_password_authentication

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "what": kind.what}) if {
	some type, kind in _kinds
	some i, r in arm.resources_of(type)
	arm.known_value(r, array.concat(kind.profile, ["linuxConfiguration"]))
	path := array.concat(kind.profile, ["linuxConfiguration", "disablePasswordAuthentication"])
	arm.not_true(r, path)
}

_kinds := {
	"Microsoft.Compute/virtualMachines": {"what": "virtual machine", "profile": ["properties", "osProfile"]},
	"Microsoft.Compute/virtualMachineScaleSets": {"what": "scale set", "profile": ["properties", "virtualMachineProfile", "osProfile"]},
}
