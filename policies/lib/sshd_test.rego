# Tests of lib.sshd, and the input builders the sshd rule tests share.
package lib.sshd_test

import data.lib.sshd

envelope(document) := {"kind": "sshd", "file": "sshd_config", "document": document, "context": {}}

# config(global, blocks): `global` maps keywords to values as written in sshd_config, and each
# block is {"criteria": ..., "settings": {...}} in the same form.
config(global, blocks) := config_with(settings(global), [{"criteria": b.criteria, "settings": settings(b.settings)} | some b in blocks])

# config_with(global, blocks) takes settings already built (e.g. with default_setting).
config_with(global, blocks) := envelope({
	"source": "sshd_config",
	"complete": true,
	"global": global,
	"matches": blocks,
	"included": [],
	"unknownKeywords": [],
})

settings(values) := {lower(k): setting(k, v) | some k, v in values}

# setting(keyword, value) is what the parser makes of `keyword value`.
setting(keyword, value) := object.union(
	{"keyword": keyword, "value": value, "args": split(value, " "), "default": false},
	_facts(lower(keyword), value),
)

default_setting(keyword, value) := object.union(setting(keyword, value), {"default": true})

_algorithm_lists := {"ciphers", "macs", "kexalgorithms"}

_facts(_, value) := {"number": to_number(value)} if regex.match(`^[0-9]+$`, value)

_facts(key, value) := {"algorithms": split(value, ",")} if key in _algorithm_lists

_facts(key, value) := {} if {
	not regex.match(`^[0-9]+$`, value)
	not key in _algorithm_lists
}

paths(findings) := {f.path | some f in findings}

test_success_occurrences_list_the_global_value_then_each_match_block if {
	doc := config({"X11Forwarding": "no"}, [
		{"criteria": "User alice", "settings": {"X11Forwarding": "yes"}},
		{"criteria": "User bob", "settings": {"AllowTcpForwarding": "no"}},
		{"criteria": "Address 10.0.0.0/8", "settings": {"X11Forwarding": "YES"}},
	])
	occurrences := sshd.occurrences("x11forwarding") with input as doc
	[o.path | some o in occurrences] == [
		["global", "x11forwarding"],
		["matches", 0, "settings", "x11forwarding"],
		["matches", 2, "settings", "x11forwarding"],
	]
	[o.value | some o in occurrences] == ["no", "yes", "yes"]
	occurrences[1].params == {"where": "In \"Match User alice\", ", "keyword": "X11Forwarding", "value": "yes", "origin": ""}
}

test_success_a_match_block_sees_the_global_settings_it_does_not_override if {
	doc := config({"DisableForwarding": "yes", "X11Forwarding": "no"}, [{"criteria": "User alice", "settings": {"X11Forwarding": "yes"}}])
	occurrences := sshd.occurrences("x11forwarding") with input as doc
	sshd.enabled(occurrences[1], "disableforwarding")
	sshd.enabled(occurrences[1], "x11forwarding")
	not sshd.enabled(occurrences[0], "x11forwarding")
}

test_success_origin_names_defaults_and_included_files if {
	sshd.origin(default_setting("PasswordAuthentication", "yes")) == " (OpenSSH's default: the keyword is not set)"
	sshd.origin(object.union(setting("PasswordAuthentication", "yes"), {"file": "sshd_config.d/50-cloud-init.conf"})) == " (set in sshd_config.d/50-cloud-init.conf)"
	sshd.origin(setting("PasswordAuthentication", "yes")) == ""
}

test_success_complete_only_for_a_whole_configuration if {
	sshd.complete with input as config({}, [])
	not sshd.complete with input as envelope({"source": "sshd_config", "complete": false, "global": {}, "matches": []})
}
