# METADATA
# title: Disallow sudo in RUN instructions
# description: >-
#   Build steps already run as the current USER; sudo in a Dockerfile means the image ships
#   sudo and a sudoers policy, which lets a compromised process regain root at run time, and
#   its TTY and signal handling misbehaves in containers.
# custom:
#   id: DOCKER-002
#   severity: medium
#   controls: []
#   remediation: >-
#     Run the step as root (USER root before it, then USER back to the unprivileged user), or
#     use gosu/su-exec in an entrypoint when privileges must be dropped at run time.
#   message: "RUN uses sudo: {{command}}."
package dockerfile.user.sudo

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["argv", 0]), params) if {
	some entry in dockerfile.commands
	dockerfile.basename(entry.command.argv[0]) == "sudo"
	params := {"command": concat(" ", entry.command.argv)}
}
