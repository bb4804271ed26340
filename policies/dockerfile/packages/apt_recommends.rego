# METADATA
# title: Require apt-get install --no-install-recommends
# description: >-
#   apt installs "recommended" packages by default: often dozens of packages the application
#   never uses, each a piece of attack surface and a source of vulnerability findings. Only
#   stages that end up in the final image are checked.
# custom:
#   id: DOCKER-011
#   severity: low
#   controls: ["cis-docker:4.3"]
#   remediation: Add --no-install-recommends to apt-get install (and list what is really needed).
#   message: "apt-get install without --no-install-recommends pulls in recommended packages."
package dockerfile.packages.apt_recommends

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(install.entry.path, ["exec", install.verb]), {}) if {
	some install in dockerfile.installs
	install.manager == "apt"
	dockerfile.shipped(install.entry.run.stage)
	not _skips_recommends(install.entry.command)
}

_skips_recommends(command) if "--no-install-recommends" in command.exec

_skips_recommends(command) if {
	some word in command.exec
	regex.match(`(?i)^APT::Install-Recommends=("?)(false|0|no)("?)$`, word)
}
