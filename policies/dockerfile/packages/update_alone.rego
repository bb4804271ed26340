# METADATA
# title: Disallow package index updates in a RUN of their own
# description: >-
#   A RUN that only runs apt-get update (or apk update) is cached as its own layer: later
#   installs reuse the stale index from the cache, installing outdated packages or failing
#   when the mirror has moved on.
# custom:
#   id: DOCKER-013
#   severity: medium
#   controls: ["cis-docker:4.7"]
#   remediation: Update and install in the same RUN, e.g. RUN apt-get update && apt-get install -y --no-install-recommends <packages>.
#   message: "{{command}} runs without an install in the same RUN; the cached index goes stale."
package dockerfile.packages.update_alone

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["exec", ops[0]]), params) if {
	some entry in dockerfile.commands
	m := dockerfile.manager(entry.command)
	m.name in {"apt", "apk"}
	ops := dockerfile.operands(entry.command, m)
	entry.command.exec[ops[0]] == "update"
	not _changes_packages(entry.run)
	params := {"command": concat(" ", array.slice(entry.command.exec, 0, ops[0] + 1))}
}

_changes_packages(run) if {
	some other in dockerfile.commands
	other.run.path == run.path
	m := dockerfile.manager(other.command)
	ops := dockerfile.operands(other.command, m)
	other.command.exec[ops[0]] in {"install", "add", "upgrade", "dist-upgrade", "full-upgrade"}
}
