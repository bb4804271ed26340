# METADATA
# title: Disallow piping downloads into a shell
# description: >-
#   curl ... | sh (or sh -c "$(curl ...)", bash <(wget ...)) runs whatever the server returns at
#   build time, unverified: a compromised host, a redirect or a truncated download executes as
#   root in the build and ends up in the image.
# custom:
#   id: DOCKER-007
#   severity: high
#   controls: ["cis-docker:4.11"]
#   remediation: >-
#     Download to a file, verify its checksum or signature (sha256sum -c, gpg --verify), then run
#     it; or install the tool from the distribution's signed packages.
#   message: "RUN pipes {{tool}} output into {{shell}}: the downloaded script runs unverified."
package dockerfile.run.pipe_to_shell

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), download.path, params) if {
	some download in dockerfile.commands
	dockerfile.program(download.command) in {"curl", "wget"}
	some consumer in dockerfile.commands
	consumer.run.path == download.run.path
	_feeds(download, consumer)
	_interpreter(dockerfile.program(consumer.command))
	params := {"tool": dockerfile.program(download.command), "shell": dockerfile.program(consumer.command)}
}

# Later in the same pipeline, or the command whose $(...) or <(...) holds the download.
_feeds(download, consumer) if {
	download.command.pipeline == consumer.command.pipeline
	download.index < consumer.index
}

_feeds(download, consumer) if download.command.parent == consumer.index

_interpreter(name) if name in dockerfile.shells

_interpreter(name) if regex.match(`^(python[0-9.]*|perl|ruby|node|php)$`, name)
