# METADATA
# title: Require a default deny policy for inbound traffic
# description: >-
#   With an accepting default, every port a service happens to open is reachable from the
#   network; a firewall should accept what it lists and drop the rest.
# custom:
#   id: FW-001
#   severity: high
#   controls: ["cis-firewall:3.5.1.7", "cis-firewall:3.5.2.8", "cis-firewall:3.5.3.2.1", "cis-firewall:3.5.3.3.1"]
#   remediation: >-
#     Set the inbound default to drop: `iptables -P INPUT DROP`, `policy drop;` on the nftables
#     input chain, `ufw default deny incoming`, or a firewalld zone target other than ACCEPT;
#     then accept the services the host offers.
#   message: "Inbound traffic that no rule decides is accepted ({{reason}})."
#   fix:
#     - set: []
#       value: drop
#       description: set the default inbound policy to drop
#       unsafe: Inbound traffic that no rule accepts is dropped from then on; make sure the rules accept what the host serves (SSH included) first.
package firewall.policy.default_inbound

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), v.view.policyPath, {"reason": v.view.policyReason}) if {
	some v in firewall.input_views
	firewall.open_by_default(v.view)
	not _ipv6_gap(v)
}

# IPv6 left open next to a restricted IPv4 is FW-009's finding.
_ipv6_gap(v) if {
	v.family == "ipv6"
	firewall.restrictive(input.document.ipv4.input)
}
