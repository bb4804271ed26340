# METADATA
# title: sshd helpers
# description: |
#   input.document is an sshd effective configuration (src/formats/sshd): `global` maps each
#   keyword (lower case) to {keyword, value, args, default, file?, number?, algorithms?}, with
#   OpenSSH's compiled-in defaults filled in and marked `default: true`; `matches` lists the Match
#   blocks with the settings each makes. A rule asks for the occurrences of a keyword: the global
#   value and every Match block that sets it, each its own finding on its own line.
package lib.sshd

# occurrences(key) is every place the configuration decides `key`, as objects with
#   path       the value's path inside input.document (a finding points at its line)
#   setting    the setting itself
#   value      its value in lower case
#   effective  every setting in force where it applies (a Match block over the global section)
#   params     the message parameters all sshd rules share: where, keyword, value, origin
occurrences(key) := array.concat(_global(key), _in_matches(key))

_global(key) := [o |
	setting := input.document.global[key]
	o := _occurrence(["global", key], setting, input.document.global, "")
]

_in_matches(key) := [o |
	some i, block in input.document.matches
	setting := block.settings[key]
	effective := object.union(input.document.global, block.settings)
	o := _occurrence(["matches", i, "settings", key], setting, effective, concat("", ["In \"Match ", block.criteria, "\", "]))
]

_occurrence(path, setting, effective, where) := {
	"path": path,
	"setting": setting,
	"value": lower(setting.value),
	"effective": effective,
	"params": {"where": where, "keyword": setting.keyword, "value": setting.value, "origin": origin(setting)},
}

# origin(setting) says where a value comes from, for messages: OpenSSH's default, an
# Include'd file, or (empty) the line the finding points at.
origin(setting) := " (OpenSSH's default: the keyword is not set)" if setting["default"]

origin(setting) := concat("", [" (set in ", setting.file, ")"]) if {
	not setting["default"]
	setting.file
}

origin(setting) := "" if {
	not setting["default"]
	not setting.file
}

# enabled(o, key) holds when `key` is "yes" where occurrence o applies.
enabled(o, key) if lower(o.effective[key].value) == "yes"

# The whole configuration is known: not a drop-in read on its own, where a missing keyword
# may well be set by the sshd_config that includes it.
complete if input.document.complete == true
