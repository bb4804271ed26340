# METADATA
# title: "Disallow all ports open to the Internet in network security groups"
# description: "An inbound rule that allows every port from any source removes the network boundary of everything behind the security group."
# custom:
#   id: ARM-NETWORK-004
#   severity: critical
#   controls: ["mcsb:NS-1"]
#   remediation: "Replace the rule with rules for the specific ports and sources that need access."
#   message: "Security rule {{rule}} allows every port from the Internet."
package arm.network.any_port_from_internet

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"rule": sr.name}) if {
	some sr in arm.security_rules
	arm.open_to_internet(sr.rule)
	arm.all_ports(sr.rule)
	path := sr.path
}
