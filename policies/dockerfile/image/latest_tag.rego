# METADATA
# title: Disallow base images without a version tag
# description: >-
#   A FROM image without a tag means :latest, which changes under the build without notice:
#   builds stop being reproducible and a new upstream release (or a compromised one) reaches
#   production unreviewed. A digest pins the image whatever the tag.
# custom:
#   id: DOCKER-003
#   severity: medium
#   controls: []
#   remediation: >-
#     Name an explicit version tag (golang:1.22.5-alpine3.20), and preferably pin the digest
#     as well (image:tag@sha256:...).
#   message: "Base image {{image}} {{reason}}."
package dockerfile.image.latest_tag

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["stages", s, "from"], params) if {
	some s, stage in dockerfile.stages
	from := stage.from
	from.resolved
	from.stage == null
	not from.scratch
	from.digest == null
	reason := _reason(from.tag)
	params := {"image": from.reference, "reason": reason}
}

_reason(tag) := "has no tag, so it means :latest" if tag == null

_reason(tag) := "uses the :latest tag" if tag == "latest"
