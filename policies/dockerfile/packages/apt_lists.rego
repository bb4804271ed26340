# METADATA
# title: Require removing apt lists after apt-get install
# description: >-
#   apt-get update downloads package lists into /var/lib/apt/lists; left in the layer they add
#   tens of megabytes and stale metadata to the image. They must be removed in the same RUN,
#   since a later RUN cannot shrink an earlier layer. Only stages that end up in the final
#   image are checked; a cache mount on the lists directory counts as removal.
# custom:
#   id: DOCKER-012
#   severity: low
#   controls: []
#   remediation: >-
#     End the RUN with && rm -rf /var/lib/apt/lists/*, or mount the directory as a cache
#     (RUN --mount=type=cache,target=/var/lib/apt/lists).
#   message: "apt-get install leaves /var/lib/apt/lists in the image layer."
package dockerfile.packages.apt_lists

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(install.entry.path, ["exec", install.verb]), {}) if {
	some install in dockerfile.installs
	install.manager == "apt"
	dockerfile.shipped(install.entry.run.stage)
	not dockerfile.clears(install.entry.run, "/var/lib/apt/lists")
}
