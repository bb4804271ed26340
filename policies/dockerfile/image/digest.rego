# METADATA
# title: Require base images pinned by digest
# description: >-
#   Tags are mutable: the image behind alpine:3.20 is rebuilt and re-pushed, and a registry or
#   account compromise can replace it. Only a digest names exactly the image that was reviewed
#   and scanned. Applies to builder stages too, since what they compile ships.
# custom:
#   id: DOCKER-004
#   severity: low
#   controls: ["cis-docker:4.2"]
#   remediation: >-
#     Pin the digest next to the tag, e.g. FROM alpine:3.20@sha256:<digest> (docker buildx
#     imagetools inspect alpine:3.20 shows it), and let a bot such as Renovate update it.
#   message: "Base image {{image}} is not pinned by digest."
package dockerfile.image.digest

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["stages", s, "from"], {"image": from.reference}) if {
	some s, stage in dockerfile.stages
	from := stage.from
	from.resolved
	from.stage == null
	not from.scratch
	from.digest == null
}
