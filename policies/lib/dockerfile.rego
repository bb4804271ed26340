# METADATA
# title: Dockerfile helpers
# description: |
#   Hands rules the instructions of input.document with their paths, the simple commands of
#   every RUN script, what the final image inherits through the stages it is built on, and
#   the package arguments of apt-get, apk and pip commands. Instructions whose values depend on
#   a variable the parser could not resolve carry resolved: false; rules that compare such
#   values skip them (unknown is not bad).
package lib.dockerfile

stages := input.document.stages

final_index := input.document.final_stage

final_stage := stages[final_index]

# Stages whose filesystem ends up in the final image: the final stage and those it is built FROM.
shipped(s) if s in final_stage.lineage

# "builder" for a named stage, "stage-1" (BuildKit's own name) for an unnamed one.
stage_label(stage) := stage.name if is_string(stage.name)

stage_label(stage) := concat("", ["stage-", format_int(stage.index, 10)]) if not is_string(stage.name)

# Every instruction of every stage (FROM first), with its path and its stage index.
instructions contains {"path": ["stages", s, "instructions", i], "instruction": inst, "stage": s} if {
	some s, stage in stages
	some i, inst in stage.instructions
}

# The above, plus the ARGs before the first FROM and the instructions ONBUILD registers.
all_instructions contains entry if some entry in instructions

all_instructions contains {"path": ["args", i], "instruction": inst, "stage": null} if {
	some i, inst in input.document.args
}

all_instructions contains {"path": array.concat(entry.path, ["trigger"]), "instruction": entry.instruction.trigger, "stage": entry.stage} if {
	some entry in instructions
	entry.instruction.trigger
}

runs contains entry if {
	some entry in all_instructions
	entry.instruction.cmd == "run"
}

# Every simple command of every RUN, with its index in the RUN and the RUN it belongs to.
commands contains {"path": array.concat(run.path, ["commands", k]), "command": command, "index": k, "run": run} if {
	some run in runs
	some k, command in run.instruction.commands
}

# The program a command runs (wrappers such as sudo removed), without its directory.
program(command) := basename(command.exec[0])

basename(path) := parts[count(parts) - 1] if parts := split(path, "/")

shells := {"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"}

# The instructions with keyword `cmd` in effect for the final image, in build order through
# the stages it is built on; the last one wins for USER, HEALTHCHECK, CMD and the like.
effective(cmd) := [entry |
	some s in final_stage.lineage
	some i, inst in stages[s].instructions
	inst.cmd == cmd
	entry := {"path": ["stages", s, "instructions", i], "instruction": inst}
]

last_effective(cmd) := list[count(list) - 1] if {
	list := effective(cmd)
	count(list) > 0
}

# Instructions with keyword `cmd` that a later one in the same stage overrides, each with
# the instruction that wins.
overridden(cmd) := {entry |
	some s, stage in stages
	indexes := [i | some i, inst in stage.instructions; inst.cmd == cmd]
	some k, i in indexes
	k < count(indexes) - 1
	entry := {
		"path": ["stages", s, "instructions", i],
		"stage": stage,
		"winner": stage.instructions[indexes[count(indexes) - 1]],
	}
}

# A flag's values on an instruction (a flag may repeat, e.g. --mount).
flag_values(inst, name) := [f.value | some f in inst.flags; f.name == name]

# The sources of a COPY or ADD: every argument but the destination.
sources(inst) := array.slice(inst.args, 0, count(inst.args) - 1)

# Whether a RUN removes or cache-mounts a directory (a package cache or list directory).
clears(run, dir) if {
	some c in run.instruction.commands
	program(c) == "rm"
	some word in c.exec
	startswith(word, dir)
}

clears(run, dir) if {
	some mount in flag_values(run.instruction, "mount")
	contains(mount, "type=cache")
	some option in split(mount, ",")
	[key, target] := split(option, "=")
	key in {"target", "dst", "destination"}
	startswith(dir, trim_suffix(target, "/"))
}

# Names that suggest a secret (after BuildKit's SecretsUsedInArgOrEnv check), except names that
# say the value is public or only a path to where the secret is mounted.
secret_name(name) if {
	regex.match(`(?i)(?:^|_)(?:apikey|auth|credentials?|key|password|pword|passwd|secret|token)(?:_|$)`, name)
	not regex.match(`(?i)(?:^|_)(?:public|gpg)(?:_|$)|_(?:file|path|dir)$`, name)
}

# Package managers: which program, from which word its own arguments start, and which options
# take a separate value (so that `-t release` is not read as a package named "release").
manager(command) := {"name": "apt", "start": 1} if program(command) in {"apt-get", "apt"}

manager(command) := {"name": "apk", "start": 1} if program(command) == "apk"

manager(command) := {"name": "pip", "start": 1} if regex.match(`^pip[0-9.]*$`, program(command))

manager(command) := {"name": "pip", "start": 3} if {
	regex.match(`^python[0-9.]*$`, program(command))
	command.exec[1] == "-m"
	regex.match(`^pip[0-9.]*$`, command.exec[2])
}

_value_options := {
	"apt": {"-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"},
	"apk": {"-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"},
	"pip": {
		"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
		"--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src",
		"--platform", "--python-version", "--implementation", "--abi", "--trusted-host", "--cert",
		"--client-cert", "--cache-dir", "--log", "--proxy", "--retries", "--timeout", "--no-binary",
		"--only-binary", "--upgrade-strategy", "--progress-bar", "--exists-action", "--report",
	},
}

# Indexes (into exec) of a package-manager command's operands: its subcommand, then its arguments.
operands(command, m) := [j |
	some j, word in command.exec
	j >= m.start
	not startswith(word, "-")
	not _option_value(command, m, j)
]

_option_value(command, m, j) if {
	j > m.start
	command.exec[j - 1] in _value_options[m.name]
}

_install_verbs := {"apt": {"install"}, "apk": {"add"}, "pip": {"install"}}

# apt-get install, apk add and pip install commands, with the indexes (into exec) of their subcommand and packages.
installs contains {"entry": entry, "manager": m.name, "verb": ops[0], "packages": array.slice(ops, 1, count(ops))} if {
	some entry in commands
	m := manager(entry.command)
	ops := operands(entry.command, m)
	count(ops) > 0
	entry.command.exec[ops[0]] in _install_verbs[m.name]
}

# Whether an install command's argument is a package name (not a file, URL or variable).
package_name(word) if {
	not contains(word, "/")
	not contains(word, "$")
	not startswith(word, ".")
	not regex.match(`\.(deb|apk|whl|tar\.gz|zip)$`, word)
}
