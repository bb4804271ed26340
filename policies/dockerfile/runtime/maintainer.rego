# METADATA
# title: Disallow the deprecated MAINTAINER instruction
# description: >-
#   MAINTAINER is deprecated; the OCI annotation label carries the same information where
#   tools look for it.
# custom:
#   id: DOCKER-024
#   severity: info
#   controls: []
#   remediation: Replace it with LABEL org.opencontainers.image.authors="<name and email>".
#   message: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors."
package dockerfile.runtime.maintainer

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), entry.path, {}) if {
	some entry in dockerfile.instructions
	entry.instruction.cmd == "maintainer"
}
