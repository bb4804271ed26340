# METADATA
# title: Disallow world-writable file modes
# description: >-
#   chmod 777 (or 666, o+w, a+rwx) lets every user in the container, including a compromised
#   unprivileged process, rewrite the files, for example the application's code or scripts
#   that root later runs. Sticky directories such as 1777 for /tmp are not reported.
# custom:
#   id: DOCKER-009
#   severity: medium
#   controls: []
#   remediation: >-
#     Give ownership to the user that needs to write (COPY --chown, chown) and use modes such
#     as 755 for directories and 644 for files.
#   message: "chmod {{mode}} makes files writable by every user in the image."
package dockerfile.run.world_writable

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["exec", j]), {"mode": mode}) if {
	some entry in dockerfile.commands
	dockerfile.program(entry.command) == "chmod"
	some j, mode in entry.command.exec
	j > 0
	_world_writable(mode)
}

# Octal modes whose "others" digit has the write bit, unless the sticky bit is set.
_world_writable(mode) if {
	regex.match(`^0*[0-7]?[0-7]{2}[2367]$`, mode)
	not regex.match(`^0*[1357][0-7]{3}$`, mode)
}

_world_writable(mode) if regex.match(`(^|,)[ugo]*[oa][ugoa]*[+=][rwxXst]*w`, mode)
