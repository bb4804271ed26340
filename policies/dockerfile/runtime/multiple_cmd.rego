# METADATA
# title: Disallow more than one CMD in a stage
# description: >-
#   Only the last CMD of a stage takes effect; an earlier one is dead code that a reader may
#   take for the command the container runs.
# custom:
#   id: DOCKER-022
#   severity: low
#   controls: []
#   remediation: Keep one CMD per stage and remove the others.
#   message: "CMD is set again on line {{line}} of the same stage ({{stage}}), which overrides this one."
package dockerfile.runtime.multiple_cmd

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), entry.path, params) if {
	some entry in dockerfile.overridden("cmd")
	params := {"stage": dockerfile.stage_label(entry.stage), "line": entry.winner.line}
}
