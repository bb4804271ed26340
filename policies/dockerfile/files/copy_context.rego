# METADATA
# title: Restrict copying the whole build context into the final stage
# description: >-
#   In a multi-stage build the final stage should receive only the artifacts the builder
#   produced. COPY . into it ships sources, build files and whatever else is in the context
#   (.git, local .env files unless .dockerignore excludes them).
# custom:
#   id: DOCKER-018
#   severity: info
#   controls: []
#   remediation: >-
#     Copy only the built artifacts into the final stage (COPY --from=<builder> /out/app /app),
#     and keep a .dockerignore.
#   message: "The final stage ({{stage}}) copies the whole build context although a builder stage exists."
package dockerfile.files.copy_context

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"stage": dockerfile.stage_label(dockerfile.final_stage)}) if {
	count(dockerfile.stages) > 1
	some i, inst in dockerfile.final_stage.instructions
	inst.cmd == "copy"
	count(dockerfile.flag_values(inst, "from")) == 0
	some j, source in dockerfile.sources(inst)
	source in {".", "./"}
	path := ["stages", dockerfile.final_index, "instructions", i, "args", j]
}
