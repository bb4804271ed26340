# METADATA
# title: Disallow ADD from URLs without a checksum
# description: >-
#   ADD <url> downloads at build time and puts whatever the server returns into the image,
#   unverified; the download is also not cached reliably. ADD --checksum pins the content.
# custom:
#   id: DOCKER-016
#   severity: medium
#   controls: ["cis-docker:4.9"]
#   remediation: >-
#     Add --checksum=sha256:<digest> to the ADD, or download with curl/wget in a RUN and verify
#     the checksum there (or in a builder stage).
#   message: "ADD downloads {{source}} without --checksum: the content is not verified."
package dockerfile.files.add_remote

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(entry.path, ["args", j]), {"source": source}) if {
	some entry in dockerfile.all_instructions
	entry.instruction.cmd == "add"
	some j, source in dockerfile.sources(entry.instruction)
	regex.match(`^(?i)(https?|ftp)://`, source)
	count(dockerfile.flag_values(entry.instruction, "checksum")) == 0
}
