# METADATA
# title: Require a HEALTHCHECK in the final image
# description: >-
#   Without a HEALTHCHECK, Docker (and Swarm, or Compose's depends_on) sees a hung process as
#   healthy and keeps routing to it. A HEALTHCHECK in a stage the final stage is built FROM
#   counts; HEALTHCHECK NONE disables one. Kubernetes ignores it and uses probes instead.
# custom:
#   id: DOCKER-021
#   severity: low
#   controls: ["cis-docker:4.6"]
#   remediation: >-
#     Add HEALTHCHECK CMD <command that fails when the service is unhealthy>, e.g. a health
#     subcommand of the binary when the image has no shell or curl.
#   message: "The final stage ({{stage}}) {{reason}}."
package dockerfile.runtime.healthcheck

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["stages", dockerfile.final_index], params) if {
	not dockerfile.last_effective("healthcheck")
	params := {"stage": dockerfile.stage_label(dockerfile.final_stage), "reason": "has no HEALTHCHECK"}
}

deny contains result.finding(rego.metadata.chain(), last.path, params) if {
	last := dockerfile.last_effective("healthcheck")
	upper(last.instruction.args[0]) == "NONE"
	params := {"stage": dockerfile.stage_label(dockerfile.final_stage), "reason": "disables the health check with HEALTHCHECK NONE"}
}
