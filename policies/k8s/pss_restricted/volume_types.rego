# METADATA
# title: Disallow volume types outside the restricted set
# description: >-
#   The restricted policy admits only the core volume types and storage claimed through a
#   PersistentVolumeClaim; inline network and node volumes bypass the cluster's storage controls.
# custom:
#   id: K8S-PSS-101
#   severity: medium
#   controls: ["pss:restricted:volume-types"]
#   remediation: >-
#     Use a configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim,
#     projected or secret volume; reach other storage through a PersistentVolumeClaim.
#   message: "Volume {{volume}} is of type {{type}}, which the restricted policy does not allow."
package k8s.pss_restricted.volume_types

import data.lib.k8s
import data.lib.result

# The page lists eight types; the Pod Security admission controller also admits `image`
# volumes since Kubernetes 1.33 (kubernetes/kubernetes#130394, docs fix pending).
_allowed := {
	"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image",
	"persistentVolumeClaim", "projected", "secret",
}

# A volume that names no source at all is defaulted to emptyDir by the API server, so only
# a volume that sets a source, and none of the allowed ones, is reported.
deny contains result.finding(rego.metadata.chain(), path, {"volume": object.get(volume, "name", ""), "type": type}) if {
	some i, volume in k8s.pod_spec.spec.volumes
	is_object(volume)
	not _has_allowed_source(volume)
	some type, source in volume
	type != "name"
	source != null
	path := array.concat(k8s.pod_spec.path, ["volumes", i, type])
}

_has_allowed_source(volume) if {
	some type in _allowed
	volume[type] != null
}
