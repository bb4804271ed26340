# METADATA
# title: Disallow tun device forwarding
# description: >-
#   PermitTunnel lets users create layer 2 or layer 3 VPN tunnels into the server's networks,
#   bypassing the firewall entirely.
# custom:
#   id: SSHD-017
#   severity: medium
#   controls: ["devsec-ssh:sshd-38"]
#   remediation: >-
#     Set `PermitTunnel no` in sshd_config (it is the default).
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [permittunnel]
#       value: "no"
package sshd.forwarding.tunnel

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("permittunnel")
	o.value != "no"
}
