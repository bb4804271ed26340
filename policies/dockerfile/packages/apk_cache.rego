# METADATA
# title: Require apk add --no-cache
# description: >-
#   apk add without --no-cache keeps the package index and downloaded packages under
#   /var/cache/apk in the image layer. Only stages that end up in the final image are checked;
#   removing the cache or mounting it as a build cache in the same RUN counts.
# custom:
#   id: DOCKER-015
#   severity: low
#   controls: []
#   remediation: Use apk add --no-cache (which also makes a separate apk update unnecessary).
#   message: "apk add without --no-cache leaves the package cache in the image layer."
package dockerfile.packages.apk_cache

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(install.entry.path, ["exec", install.verb]), {}) if {
	some install in dockerfile.installs
	install.manager == "apk"
	dockerfile.shipped(install.entry.run.stage)
	not "--no-cache" in install.entry.command.exec
	not dockerfile.clears(install.entry.run, "/var/cache/apk")
}
