# METADATA
# title: Disallow TCP forwarding
# description: >-
#   TCP forwarding turns every SSH account into a tunnel through the firewall, to and from the
#   networks the server can reach. OpenSSH allows it by default.
# custom:
#   id: SSHD-014
#   severity: low
#   controls: ["cis-sshd:5.2.21", "devsec-ssh:sshd-39"]
#   remediation: >-
#     Set `AllowTcpForwarding no` (or `DisableForwarding yes`) in sshd_config, and allow it in a
#     Match block only for accounts that need tunnels.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [allowtcpforwarding]
#       value: "no"
package sshd.forwarding.tcp_forwarding

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("allowtcpforwarding")
	o.value != "no"
	not sshd.enabled(o, "disableforwarding")
}
