# METADATA
# title: Disallow secrets as ARG defaults
# description: >-
#   Build arguments are recorded in the image history (docker history shows them for every RUN
#   that uses them), and a default value is written in the Dockerfile itself. A literal default
#   under a name such as PASSWORD, TOKEN, SECRET or API_KEY is a leaked credential.
# custom:
#   id: DOCKER-006
#   severity: high
#   controls: ["cis-docker:4.10"]
#   remediation: >-
#     Remove the default and rotate the secret. Mount it into the steps that need it with
#     RUN --mount=type=secret,id=<id> and docker build --secret id=<id>,src=<file>.
#   message: "ARG {{name}} has a literal default that looks like a secret."
package dockerfile.secrets.arg_secret

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["pairs", k, "value"]), {"name": pair.key}) if {
	some entry in dockerfile.all_instructions
	entry.instruction.cmd == "arg"
	some k, pair in entry.instruction.pairs
	dockerfile.secret_name(pair.key)
	pair.literal
	is_string(pair.value)
	pair.value != ""
}
