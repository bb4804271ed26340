# METADATA
# title: Disallow exposing the SSH port
# description: >-
#   EXPOSE 22 in the final image means it is meant to run an SSH server: another daemon,
#   another set of credentials and keys to manage, and a remote-login service inside the
#   container. docker exec and kubectl exec give shell access without it.
# custom:
#   id: DOCKER-020
#   severity: medium
#   controls: ["cis-docker:5.7"]
#   remediation: Remove EXPOSE 22 and the SSH server; use docker exec or kubectl exec for access.
#   message: "EXPOSE {{port}} publishes the SSH port."
package dockerfile.runtime.expose_ssh

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["args", j]), {"port": port}) if {
	some entry in dockerfile.instructions
	entry.instruction.cmd == "expose"
	dockerfile.shipped(entry.stage)
	some j, port in entry.instruction.args
	_includes_ssh(split(port, "/")[0])
}

_includes_ssh(ports) if ports == "22"

# A range such as 20-30.
_includes_ssh(ports) if {
	[low, high] := split(ports, "-")
	regex.match(`^[0-9]+$`, low)
	regex.match(`^[0-9]+$`, high)
	to_number(low) <= 22
	to_number(high) >= 22
}
