# METADATA
# title: Require loopback traffic to be accepted
# description: >-
#   Local services talk over the loopback interface; a default drop without an `lo` accept rule
#   breaks them, and ad-hoc fixes tend to open far more than loopback.
# custom:
#   id: FW-011
#   severity: low
#   controls: ["cis-firewall:3.5.1.4", "cis-firewall:3.5.2.6", "cis-firewall:3.5.3.2.2", "cis-firewall:3.5.3.3.2"]
#   remediation: >-
#     Accept loopback before anything drops: `-A INPUT -i lo -j ACCEPT`, or `iif "lo" accept` in
#     the nftables input chain.
#   message: "No rule accepts loopback (lo) traffic before the inbound default drops it ({{reason}})."
package firewall.policy.loopback

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), v.view.policyPath, {"reason": v.view.policyReason}) if {
	some v in firewall.input_views
	firewall.restrictive(v.view)
	not firewall.loopback_allowed(v.view)
}
