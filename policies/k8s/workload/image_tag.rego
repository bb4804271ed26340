# METADATA
# title: Disallow the latest tag and untagged images
# description: >-
#   An image without a tag is the latest tag, and latest moves: the same manifest runs different
#   code on different days and nodes, and a rollback cannot return to what ran before.
# custom:
#   id: K8S-WL-006
#   severity: medium
#   controls: ["nsa-k8s:pod-security/secure-images"]
#   remediation: Reference the image by a version tag, or better by digest (image@sha256:...).
#   message: "{{target}} runs image {{image}} with {{problem}}."
package k8s.workload.image_tag

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "image": image, "problem": _problem[ref.tag]}) if {
	some c in k8s.containers
	image := c.container.image
	ref := k8s.image_reference(image)
	ref.digest == ""
	path := array.concat(c.path, ["image"])
}

_problem := {"": "no tag, which means latest", "latest": "the tag latest"}
