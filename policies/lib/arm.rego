# METADATA
# title: ARM template helpers
# description: |
#   Helpers for rules over an expanded ARM template (input.document): resources by type,
#   values that may be unknown ({"$unknown": "<expression>"} stands for what only Azure
#   knows at deployment time), paths for findings and network security rules.
#   Unknown is not bad: `known_value` and `absent` are both undefined on an unknown, so a
#   rule built from them never fails on a value it cannot see.
package lib.arm

# is_unknown(x): x could not be resolved (reference(), list*(), a parameter without a value).
is_unknown(x) if {
	is_object(x)
	is_string(x["$unknown"])
	count(x) == 1
}

# resources_of(type) is every resource of that type (case-insensitive), by index.
resources_of(type) := {i: r |
	some i, r in input.document.resources
	lower(r.type) == lower(type)
}

# unknown_along(obj, path): the value at path, or one of its ancestors, is unknown.
unknown_along(obj, path) if {
	some n in numbers.range(0, count(path))
	is_unknown(object.get(obj, array.slice(path, 0, n), null))
}

# known_value(obj, path) is the value at path when it is set and known.
known_value(obj, path) := value if {
	value := object.get(obj, path, null)
	value != null
	not unknown_along(obj, path)
}

# absent(obj, path): nothing is set at path, and nothing along it is unknown.
absent(obj, path) if {
	object.get(obj, path, null) == null
	not unknown_along(obj, path)
}

# is_true / is_false: the known value at path is that boolean (strings "true"/"false" too).
is_true(obj, path) if _boolean(known_value(obj, path)) == true

is_false(obj, path) if _boolean(known_value(obj, path)) == false

_boolean(v) := v if is_boolean(v)

_boolean(v) := lower(v) == "true" if is_string(v)

# not_true(obj, path): the setting is absent or known to be false (absent often means the insecure default).
not_true(obj, path) if absent(obj, path)

not_true(obj, path) if is_false(obj, path)

# field_path(i, r, path) is the finding path for resource i: the full path when it exists, else the
# deepest existing ancestor's missing child.
field_path(i, r, path) := array.concat(["resources", i], array.slice(path, 0, n + 1)) if {
	n := max({k |
		some k in numbers.range(0, count(path))
		object.get(r, array.slice(path, 0, k), null) != null
	})
}

# display(x) is a value as a message shows it: the text, or the expression of an unknown.
display(x) := x if is_string(x)

display(x) := concat("", ["[", x["$unknown"], "]"]) if is_unknown(x)

display(x) := json.marshal(x) if {
	not is_string(x)
	not is_unknown(x)
}

# resource_at(id) is the index of the resource with that ID in this template.
resource_at(id) := input.document.resourceIds[lower(id)] if is_string(id)

# children(parent_index, type) are the resources of `type` whose parent is resource parent_index.
children(parent_index, type) := {i: r |
	parent := input.document.resources[parent_index]
	some i, r in resources_of(type)
	lower(r.parent) == lower(parent.id)
}

# Network security rules, inline in a network security group or declared as child resources:
# {"path": finding path of the rule's properties, "rule": properties, "name": rule name}.
security_rules contains {"path": ["resources", i, "properties", "securityRules", j, "properties"], "rule": rule.properties, "name": display(rule.name)} if {
	some i, nsg in resources_of("Microsoft.Network/networkSecurityGroups")
	some j, rule in nsg.properties.securityRules
	is_object(rule.properties)
}

security_rules contains {"path": ["resources", i, "properties"], "rule": r.properties, "name": display(r.name)} if {
	some i, r in resources_of("Microsoft.Network/networkSecurityGroups/securityRules")
	is_object(r.properties)
}

# open_to_internet(rule): an inbound allow rule whose source is any address.
open_to_internet(rule) if {
	lower(known_value(rule, ["direction"])) == "inbound"
	lower(known_value(rule, ["access"])) == "allow"
	some source in _sources(rule)
	lower(source) in {"*", "any", "internet", "0.0.0.0", "0.0.0.0/0", "::/0"}
}

_sources(rule) := {s | s := known_value(rule, ["sourceAddressPrefix"]); is_string(s)} | {s |
	some s in known_value(rule, ["sourceAddressPrefixes"])
	is_string(s)
}

_port_ranges(rule) := {p | p := known_value(rule, ["destinationPortRange"])} | {p |
	some p in known_value(rule, ["destinationPortRanges"])
	not is_unknown(p)
}

# all_ports(rule): the rule opens every destination port.
all_ports(rule) if {
	some range in _port_ranges(rule)
	_covers(range, 1, 65535)
}

# opens_port(rule, port): the rule opens that destination port (but not every port).
opens_port(rule, port) if {
	not all_ports(rule)
	some range in _port_ranges(rule)
	_covers(range, port, port)
}

_covers(range, _, _) if range == "*"

_covers(range, low, high) if {
	is_number(range)
	range <= low
	range >= high
}

_covers(range, low, high) if {
	is_string(range)
	range != "*"
	bounds := split(range, "-")
	to_number(trim_space(bounds[0])) <= low
	to_number(trim_space(bounds[count(bounds) - 1])) >= high
}

# looks_secret(name): a name that usually holds a credential.
looks_secret(name) if regex.match(`(?i)(password|passwd|secret|token|connectionstring|accountkey|accesskey|apikey|privatekey|sastoken|credential)`, name)

# web_settings(i, key) are the values given to App Service setting `key` of site i, in its
# siteConfig or in a Microsoft.Web/sites/config child: {"path": finding path, "value": value}.
web_settings(i, key) := {s |
	site := input.document.resources[i]
	value := site.properties.siteConfig[key]
	value != null
	s := {"path": ["resources", i, "properties", "siteConfig", key], "value": value}
} | {s |
	some j, config in children(i, "Microsoft.Web/sites/config")
	value := config.properties[key]
	value != null
	s := {"path": ["resources", j, "properties", key], "value": value}
}
