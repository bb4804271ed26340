# METADATA
# title: Disallow rules that accept all traffic from any source
# description: >-
#   A rule that accepts every port (of every protocol, or of all TCP or UDP) from anywhere makes
#   the rest of the firewall meaningless for the traffic it matches.
# custom:
#   id: FW-008
#   severity: critical
#   controls: []
#   remediation: >-
#     Replace the rule with rules for the specific ports the host serves, or limit it to trusted
#     source networks.
#   message: "{{rule}} accepts {{what}} from any source."
package firewall.exposure.accept_all

import data.lib.firewall
import data.lib.result

deny contains result.finding(rego.metadata.chain(), rule.path, {"rule": rule.text, "what": _what(rule)}) if {
	some rule in firewall.reachable_input_rules
	firewall.open_to_any(rule)
	count(rule.ports) == 0
	count(rule.destinations) == 0
	count(rule.conditions) == 0
	_what(rule)
}

_what(rule) := "all traffic" if count(rule.protocols) == 0

_what(rule) := "all traffic" if "protocols" in rule.negated

_what(rule) := concat("", ["every ", upper(concat("/", rule.protocols)), " port"]) if {
	count(rule.protocols) > 0
	not "protocols" in rule.negated
	every protocol in rule.protocols {
		protocol in {"tcp", "udp", "sctp"}
	}
}
