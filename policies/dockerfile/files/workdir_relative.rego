# METADATA
# title: Require absolute WORKDIR paths
# description: >-
#   A relative WORKDIR is resolved against the previous WORKDIR, which may come from the base
#   image and change with it; the resulting directory is hard to predict and review.
# custom:
#   id: DOCKER-019
#   severity: low
#   controls: []
#   remediation: Use an absolute path, e.g. WORKDIR /app.
#   message: "WORKDIR {{dir}} is relative to whatever the previous WORKDIR was."
package dockerfile.files.workdir_relative

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["args", 0]), {"dir": dir}) if {
	some entry in dockerfile.instructions
	entry.instruction.cmd == "workdir"
	entry.instruction.resolved
	dir := entry.instruction.args[0]
	not regex.match(`^(/|\\|[A-Za-z]:[\\/])`, dir)
}
