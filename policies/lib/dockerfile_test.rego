package lib.dockerfile_test

import data.lib.dockerfile

_two_stages := {"document": {
	"args": [],
	"final_stage": 1,
	"stages": [
		{"index": 0, "name": "base", "lineage": [0], "instructions": [
			{"cmd": "from"},
			{"cmd": "user", "args": ["app"]},
			{"cmd": "onbuild", "trigger": {"cmd": "run", "commands": []}},
		]},
		{"index": 1, "name": null, "lineage": [0, 1], "instructions": [
			{"cmd": "from"},
			{"cmd": "user", "args": ["root"]},
			{"cmd": "user", "args": ["web"]},
		]},
	],
}}

test_success_last_effective_follows_the_lineage if {
	last := dockerfile.last_effective("user") with input as _two_stages
	last.path == ["stages", 1, "instructions", 2]
	count(dockerfile.effective("user")) == 3 with input as _two_stages
}

test_success_stage_labels if {
	dockerfile.stage_label({"index": 3, "name": "build"}) == "build"
	dockerfile.stage_label({"index": 3, "name": null}) == "stage-3"
}

test_success_all_instructions_include_triggers if {
	paths := {e.path | some e in dockerfile.all_instructions} with input as _two_stages
	["stages", 0, "instructions", 2, "trigger"] in paths
}

test_success_overridden_keeps_the_winner if {
	entries := dockerfile.overridden("user") with input as _two_stages
	{[e.path, e.winner.args[0]] | some e in entries} == {[["stages", 1, "instructions", 1], "web"]}
}

test_success_secret_names if {
	every name in ["DB_PASSWORD", "api_key", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "AUTH", "Credentials"] {
		dockerfile.secret_name(name)
	}
	every name in ["GPG_KEY", "PUBLIC_KEY", "TOKEN_FILE", "KEYBOARD", "MONKEY", "PATH", "SECRETARY"] {
		not dockerfile.secret_name(name)
	}
}

_apt := {"argv": [], "exec": ["apt-get", "-o", "Acquire::Retries=3", "install", "-y", "-t", "stable", "curl=8", "git"], "pipeline": 0, "parent": null}

test_success_operands_skip_options_and_their_values if {
	m := dockerfile.manager(_apt)
	m.name == "apt"
	dockerfile.operands(_apt, m) == [3, 7, 8]
}

test_success_installs if {
	doc := {"document": {"args": [], "final_stage": 0, "stages": [{"index": 0, "lineage": [0], "instructions": [{"cmd": "run", "flags": [], "commands": [_apt]}]}]}}
	installs := dockerfile.installs with input as doc
	{[i.manager, i.verb, i.packages] | some i in installs} == {["apt", 3, [7, 8]]}
}

test_success_clears_by_rm_or_cache_mount if {
	rm := {"instruction": {"flags": [], "commands": [{"exec": ["rm", "-rf", "/var/lib/apt/lists/*"]}]}}
	dockerfile.clears(rm, "/var/lib/apt/lists")
	mount := {"instruction": {"flags": [{"name": "mount", "value": "type=cache,target=/var/lib/apt/"}], "commands": []}}
	dockerfile.clears(mount, "/var/lib/apt/lists")
	other := {"instruction": {"flags": [{"name": "mount", "value": "type=bind,target=/var/lib/apt"}], "commands": []}}
	not dockerfile.clears(other, "/var/lib/apt/lists")
}
