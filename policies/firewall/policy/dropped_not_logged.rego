# METADATA
# title: Require logging of dropped inbound packets
# description: >-
#   Without a log of what the firewall drops, scans, brute force and misrouted traffic leave no
#   trace to alert on or investigate.
# custom:
#   id: FW-010
#   severity: low
#   controls: []
#   remediation: >-
#     Log before dropping: a `-j LOG` (or nftables `log`) rule before the final drop, `ufw
#     logging low`, or LogDenied=all in firewalld.conf.
#   message: "Inbound packets the firewall drops are not logged."
package firewall.policy.dropped_not_logged

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {}) if {
	some v in firewall.input_views
	v.view.logDropped == false
	_drops(v.view)
	path := object.get(v.view, "logPath", v.view.policyPath)
}

_drops(view) if view.policy in {"drop", "reject"}

_drops(view) if {
	some rule in view.rules
	rule.action in {"drop", "reject"}
}
