# METADATA
# title: Require images pinned by digest
# description: >-
#   A tag is a name that its registry can point at other content; a digest names exactly one
#   image. Pinning by digest makes what runs the image that was reviewed and scanned.
# custom:
#   id: K8S-WL-007
#   severity: low
#   controls: ["nsa-k8s:pod-security/secure-images"]
#   remediation: Reference the image as name:tag@sha256:<digest> (tools such as crane or skopeo print the digest).
#   message: "{{target}} runs image {{image}} by tag, not by digest."
package k8s.workload.image_digest

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "image": image}) if {
	some c in k8s.containers
	image := c.container.image
	k8s.image_reference(image).digest == ""
	path := array.concat(c.path, ["image"])
}
