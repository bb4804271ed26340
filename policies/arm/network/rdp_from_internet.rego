# METADATA
# title: "Disallow RDP from the Internet in network security groups"
# description: "An inbound rule that allows RDP (port 3389) from any source exposes the service to brute-force and exploitation from the whole Internet."
# custom:
#   id: ARM-NETWORK-002
#   severity: high
#   controls: ["mcsb:NS-1", "cis-azure:6.1"]
#   remediation: "Restrict sourceAddressPrefix of the rule to known addresses, or reach the hosts through Azure Bastion or a VPN."
#   message: "Security rule {{rule}} allows RDP (port 3389) from the Internet."
package arm.network.rdp_from_internet

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"rule": sr.name}) if {
	some sr in arm.security_rules
	arm.open_to_internet(sr.rule)
	arm.opens_port(sr.rule, 3389)
	path := sr.path
}
