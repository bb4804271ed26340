# METADATA
# title: Firewall helpers
# description: |
#   input.document is a host firewall in the common model (src/formats/firewall/model.ts):
#   `rules` as written, and per family (ipv4, ipv6) and direction the view a packet meets: its
#   default `policy` (absent when unknown), `policyPath`, and `rules` in evaluation order, each
#   {action, log, protocols, ports, sources, destinations, interfaces, states, negated,
#   conditions, unresolved?, path}. Empty lists mean "any". A rule shared by both families
#   keeps one path, so findings about it are made once. input.context.sshPorts lists SSH's
#   ports ([22] unless a scanned sshd_config says otherwise).
package lib.firewall

families := ["ipv4", "ipv6"]

ssh_ports := object.get(input, ["context", "sshPorts"], [22])

# The inbound view of each family the document describes.
input_views contains {"family": family, "view": view} if {
	some family in families
	view := input.document[family].input
}

# Inbound rules a packet can reach: no rule before them drops or rejects everything.
reachable_input_rules contains rule if {
	some v in input_views
	some i, rule in v.view.rules
	_before_cutoff(v.family, i)
}

# The index of the first rule of each family's inbound view that drops everything, computed
# once per document so that reachability stays linear in the number of rules.
_cutoff[family] := min(drops) if {
	some v in input_views
	family := v.family
	drops := {i | some i, rule in v.view.rules; _drops_all(rule)}
	count(drops) > 0
}

_before_cutoff(family, _) if not _cutoff[family]

_before_cutoff(family, i) if i <= _cutoff[family]

_shadowed(rules, i) if {
	some j, earlier in rules
	j < i
	_drops_all(earlier)
}

_drops_all(rule) if {
	rule.action in {"drop", "reject"}
	catch_all(rule)
}

# catch_all(rule): the rule matches every packet.
catch_all(rule) if {
	count(rule.protocols) == 0
	count(rule.ports) == 0
	count(rule.sources) == 0
	count(rule.destinations) == 0
	count(rule.interfaces) == 0
	count(rule.states) == 0
	count(rule.conditions) == 0
	not rule.unresolved
}

# open_to_any(rule): the rule accepts new connections from any source address on an interface
# other than loopback. A rule that could not be resolved never counts.
open_to_any(rule) if {
	rule.action == "accept"
	_any_source(rule)
	not _loopback_only(rule)
	not _established_only(rule)
	not rule.unresolved
}

_any_source(rule) if count(rule.sources) == 0

# `! -s 10.0.0.0/8` accepts the rest of the Internet.
_any_source(rule) if "sources" in rule.negated

_loopback_only(rule) if {
	count(rule.interfaces) > 0
	not "interfaces" in rule.negated
	every name in rule.interfaces {
		name == "lo"
	}
}

_established_only(rule) if {
	count(rule.states) > 0
	not "states" in rule.negated
	every state in rule.states {
		state in {"established", "related"}
	}
}

# exposes(rule, port, protocol): the rule opens that port to any source. Rules without a port
# (accept every TCP port, or everything) are FW-008's, not reported once per service.
exposes(rule, port, protocol) if {
	open_to_any(rule)
	_carries(rule, protocol)
	_covers(rule, port)
}

_carries(rule, _) if count(rule.protocols) == 0

_carries(rule, protocol) if {
	not "protocols" in rule.negated
	protocol in rule.protocols
}

_carries(rule, protocol) if {
	"protocols" in rule.negated
	not protocol in rule.protocols
}

_covers(rule, port) if {
	not "ports" in rule.negated
	some range in rule.ports
	_within(range, port)
}

_covers(rule, port) if {
	"ports" in rule.negated
	count(rule.ports) > 0
	every range in rule.ports {
		not _within(range, port)
	}
}

_within(range, port) if {
	range.from <= port
	port <= range.to
}

# exposed(services): one entry per reachable inbound rule that opens any of `services`
# ({"label", "port", "protocol"}) to any source, with the labels of what it opens. A rule both
# families share gives the same entry, so it is reported once.
exposed(services) := {entry |
	some rule in reachable_input_rules
	labels := {s.label | some s in services; exposes(rule, s.port, s.protocol)}
	count(labels) > 0
	entry := {"path": rule.path, "params": {"rule": rule.text, "services": concat(", ", sort(labels))}}
}

# open_by_default(view): traffic no rule decides is accepted.
open_by_default(view) if {
	view.policy == "accept"
	not _drops_everything(view)
}

# restrictive(view): traffic no rule accepts is dropped or rejected.
restrictive(view) if view.policy in {"drop", "reject"}

restrictive(view) if _drops_everything(view)

_drops_everything(view) if {
	some rule in view.rules
	_drops_all(rule)
}

# loopback_allowed(view): loopback traffic is accepted before the default drops it.
loopback_allowed(view) if view.loopbackImplicit

loopback_allowed(view) if {
	some i, rule in view.rules
	rule.action == "accept"
	_loopback_only(rule)
	not _shadowed(view.rules, i)
}
