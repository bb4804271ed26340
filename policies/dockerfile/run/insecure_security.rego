# METADATA
# title: Disallow RUN --security=insecure
# description: >-
#   RUN --security=insecure runs the build step as a privileged container, without seccomp,
#   AppArmor or dropped capabilities: the build equivalent of docker run --privileged, able to
#   reach the builder host.
# custom:
#   id: DOCKER-008
#   severity: high
#   controls: ["cis-docker:5.5"]
#   remediation: >-
#     Remove --security=insecure; give the step only what it needs (a cache, secret or bind
#     mount), or move work that needs privileges out of the image build.
#   message: "RUN --security=insecure runs this build step as a privileged container."
package dockerfile.run.insecure_security

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["flags", k]), {}) if {
	some entry in dockerfile.runs
	some k, flag in entry.instruction.flags
	flag.name == "security"
	flag.value == "insecure"
}
