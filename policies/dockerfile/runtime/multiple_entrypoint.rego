# METADATA
# title: Disallow more than one ENTRYPOINT in a stage
# description: >-
#   Only the last ENTRYPOINT of a stage takes effect; an earlier one is dead code that a reader
#   may take for the program the container runs.
# custom:
#   id: DOCKER-023
#   severity: low
#   controls: []
#   remediation: Keep one ENTRYPOINT per stage and remove the others.
#   message: "ENTRYPOINT is set again on line {{line}} of the same stage ({{stage}}), which overrides this one."
package dockerfile.runtime.multiple_entrypoint

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), entry.path, params) if {
	some entry in dockerfile.overridden("entrypoint")
	params := {"stage": dockerfile.stage_label(entry.stage), "line": entry.winner.line}
}
