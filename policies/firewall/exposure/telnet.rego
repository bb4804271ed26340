# METADATA
# title: Disallow Telnet from any source
# description: >-
#   Telnet sends passwords and sessions in clear text; nothing should accept it from the
#   network, let alone from anywhere.
# custom:
#   id: FW-004
#   severity: high
#   controls: []
#   remediation: >-
#     Remove the rule and the telnet service; use SSH.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.telnet

import data.lib.firewall
import data.lib.result

_services := [
	{"label": "Telnet (TCP 23)", "port": 23, "protocol": "tcp"},
]

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	some e in firewall.exposed(_services)
}
