# METADATA
# title: Require imagePullPolicy Always for images not pinned by digest
# description: >-
#   With IfNotPresent (the default for a tagged image) or Never, each node keeps running whatever
#   it first pulled under a tag, so nodes run different images under one name, and a pod can use
#   a private image cached on its node without the pull secret.
# custom:
#   id: K8S-WL-008
#   severity: low
#   controls: []
#   remediation: Pin the image by digest, or set imagePullPolicy to Always.
#   message: "{{target}} runs the mutable image {{image}} with imagePullPolicy {{policy}}."
package k8s.workload.image_pull_policy

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "image": image, "policy": policy}) if {
	some c in k8s.containers
	image := c.container.image
	ref := k8s.image_reference(image)
	ref.digest == ""
	policy := _policy(c.container, ref.tag)
	policy != "Always"
	path := k8s.field_path(c.container, c.path, ["imagePullPolicy"])
}

_policy(container, _) := container.imagePullPolicy if is_string(container.imagePullPolicy)

# Kubernetes' default: Always for latest or no tag, IfNotPresent for any other tag.
_policy(container, tag) := "Always" if {
	not is_string(object.get(container, "imagePullPolicy", null))
	tag in {"", "latest"}
}

_policy(container, tag) := "IfNotPresent (the default for a tagged image)" if {
	not is_string(object.get(container, "imagePullPolicy", null))
	not tag in {"", "latest"}
}
