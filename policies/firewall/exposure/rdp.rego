# METADATA
# title: Disallow RDP from any source
# description: >-
#   Remote Desktop exposed to the Internet is a leading ransomware entry point (brute force,
#   BlueKeep-class vulnerabilities).
# custom:
#   id: FW-003
#   severity: high
#   controls: []
#   remediation: >-
#     Remove the rule, or accept TCP/UDP 3389 only from a VPN or management network.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.rdp

import data.lib.firewall
import data.lib.result

_services := [
	{"label": "RDP (TCP 3389)", "port": 3389, "protocol": "tcp"},
	{"label": "RDP (UDP 3389)", "port": 3389, "protocol": "udp"},
]

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	some e in firewall.exposed(_services)
}
