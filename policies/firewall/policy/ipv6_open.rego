# METADATA
# title: Restrict IPv6 inbound traffic like IPv4
# description: >-
#   Hosts get global IPv6 addresses automatically; a firewall that restricts IPv4 but accepts
#   IPv6 by default leaves every service reachable over IPv6.
# custom:
#   id: FW-009
#   severity: high
#   controls: ["cis-firewall:3.5.2.8", "cis-firewall:3.5.3.3.1"]
#   remediation: >-
#     Give IPv6 the same default deny as IPv4: an nftables inet table instead of an ip table,
#     `ip6tables -P INPUT DROP` (rules.v6), or IPV6=yes in /etc/default/ufw.
#   message: "IPv4 inbound traffic is restricted, but IPv6 traffic that no rule decides is accepted ({{reason}})."
#   fix:
#     - set: []
#       value: drop
#       description: set the default IPv6 inbound policy to drop
#       unsafe: IPv6 traffic that no rule accepts is dropped from then on; make sure the rules accept what the host serves over IPv6 first.
package firewall.policy.ipv6_open

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), v6.policyPath, {"reason": v6.policyReason}) if {
	firewall.restrictive(input.document.ipv4.input)
	v6 := input.document.ipv6.input
	firewall.open_by_default(v6)
}
