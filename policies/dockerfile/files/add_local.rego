# METADATA
# title: Require COPY instead of ADD for local files
# description: >-
#   ADD also fetches URLs and unpacks archives, so an ADD of a plain local file or directory
#   hides what it does: a file that later becomes an archive gets unpacked silently. COPY does
#   only the copy. ADD of a local archive (to unpack it) and of a URL are left to other rules.
# custom:
#   id: DOCKER-017
#   severity: low
#   controls: ["cis-docker:4.9"]
#   remediation: Replace ADD with COPY for files and directories from the build context.
#   message: "ADD {{source}} copies a local file; COPY does that without ADD's extra behaviour."
package dockerfile.files.add_local

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["args", j]), {"source": source}) if {
	some entry in dockerfile.all_instructions
	entry.instruction.cmd == "add"
	entry.instruction.resolved
	some j, source in dockerfile.sources(entry.instruction)
	not regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://|^git@`, source)
	not startswith(source, "<<")
	not regex.match(`(?i)\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz4)$`, source)
}
