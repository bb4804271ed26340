# METADATA
# title: Disallow SMB and NetBIOS from any source
# description: >-
#   SMB and NetBIOS (137-139, 445) exposed beyond the local network spread worms such as
#   WannaCry and leak host and share information.
# custom:
#   id: FW-006
#   severity: high
#   controls: []
#   remediation: >-
#     Remove the rule, or accept these ports only from the local file-sharing network.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.smb

import data.lib.firewall
import data.lib.result

_services := [
	{"label": "NetBIOS name (UDP 137)", "port": 137, "protocol": "udp"},
	{"label": "NetBIOS datagram (UDP 138)", "port": 138, "protocol": "udp"},
	{"label": "NetBIOS session (TCP 139)", "port": 139, "protocol": "tcp"},
	{"label": "SMB (TCP 445)", "port": 445, "protocol": "tcp"},
]

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	some e in firewall.exposed(_services)
}
