# METADATA
# title: Disallow adding setuid or setgid bits
# description: >-
#   A setuid or setgid executable runs with its owner's or group's privileges whatever user
#   starts it, so one added in the image is a ready path from an unprivileged process to root.
# custom:
#   id: DOCKER-010
#   severity: medium
#   controls: ["cis-docker:4.8"]
#   remediation: >-
#     Do not set the s bit; grant the specific capability the program needs (setcap) or run
#     that step as root at build time instead.
#   message: "chmod {{mode}} sets a setuid or setgid bit."
package dockerfile.run.setuid

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["exec", j]), {"mode": mode}) if {
	some entry in dockerfile.commands
	dockerfile.program(entry.command) == "chmod"
	some j, mode in entry.command.exec
	j > 0
	_sets_id_bit(mode)
}

_sets_id_bit(mode) if regex.match(`^0*[2-7][0-7]{3}$`, mode)

_sets_id_bit(mode) if regex.match(`(^|,)[ugoa]*[+=][rwxXt]*s`, mode)
