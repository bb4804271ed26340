# METADATA
# title: Disallow secrets in ENV instructions
# description: >-
#   ENV values are stored in the image configuration: anyone who can pull the image reads them
#   with docker inspect, and every container started from it inherits them. A literal value
#   under a name such as PASSWORD, TOKEN, SECRET or API_KEY is a leaked credential.
# custom:
#   id: DOCKER-005
#   severity: high
#   controls: ["cis-docker:4.10"]
#   remediation: >-
#     Remove the value from the Dockerfile and rotate it. Pass secrets at run time (orchestrator
#     secrets, mounted files) or, for build steps, with RUN --mount=type=secret.
#   message: "ENV {{name}} sets a literal value that looks like a secret; it is stored in the image."
package dockerfile.secrets.env_secret

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["pairs", k, "value"]), {"name": pair.key}) if {
	some entry in dockerfile.all_instructions
	entry.instruction.cmd == "env"
	some k, pair in entry.instruction.pairs
	dockerfile.secret_name(pair.key)
	pair.literal
	pair.value != ""
}
