# METADATA
# title: Disallow running the final image as root
# description: >-
#   Without a USER instruction (or with USER root or 0) the container's main process runs as
#   root, so any code execution in the application is root inside the container and one kernel
#   or runtime flaw away from root on the node. USER set in a stage the final stage is built
#   FROM counts; images tagged nonroot (distroless) already default to an unprivileged user.
# custom:
#   id: DOCKER-001
#   severity: high
#   controls: ["cis-docker:4.1"]
#   remediation: >-
#     Create an unprivileged user (or use the image's, e.g. nonroot or 65532) and add
#     USER <name or uid> to the final stage after the steps that need root.
#   message: "The final stage ({{stage}}) runs as root: {{reason}}."
package dockerfile.user.root

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["stages", dockerfile.final_index], params) if {
	not dockerfile.last_effective("user")
	not _nonroot_base
	params := {"stage": dockerfile.stage_label(dockerfile.final_stage), "reason": "no USER instruction"}
}

deny contains result.finding(rego.metadata.chain(), array.concat(last.path, ["args", 0]), params) if {
	last := dockerfile.last_effective("user")
	last.instruction.resolved
	user := last.instruction.args[0]
	split(user, ":")[0] in {"root", "0"}
	params := {"stage": dockerfile.stage_label(dockerfile.final_stage), "reason": concat("", ["USER ", user])}
}

# Distroless and similar images tagged nonroot run as an unprivileged user by default.
_nonroot_base if {
	base := dockerfile.stages[dockerfile.final_stage.lineage[0]].from
	contains(base.tag, "nonroot")
}
