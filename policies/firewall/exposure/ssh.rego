# METADATA
# title: Restrict SSH to known source networks
# description: >-
#   SSH open to the whole Internet draws constant password guessing and exposes every sshd
#   vulnerability to anyone; a management network, VPN or bastion is the usual front door.
# custom:
#   id: FW-002
#   severity: medium
#   controls: []
#   remediation: >-
#     Accept SSH only from the management networks (e.g. `-s 10.0.0.0/8`, a firewalld zone with
#     <source>, `ufw allow from 10.0.0.0/8 to any port 22`) or through a bastion/VPN.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.ssh

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	services := [{"label": concat("", ["SSH (TCP ", format_int(port, 10), ")"]), "port": port, "protocol": "tcp"} | some port in firewall.ssh_ports]
	some e in firewall.exposed(services)
}
