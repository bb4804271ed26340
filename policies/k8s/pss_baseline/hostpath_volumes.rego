# METADATA
# title: Disallow hostPath volumes
# description: >-
#   A hostPath volume mounts a directory of the node into the pod: with the container
#   runtime's socket or /etc it is a path to the node. High.
# custom:
#   id: K8S-PSS-005
#   severity: high
#   controls: ["pss:baseline:hostpath-volumes", "cis-k8s:5.2.12"]
#   remediation: Replace the hostPath volume with a persistentVolumeClaim, configMap, secret or emptyDir volume.
#   message: "Volume {{volume}} mounts the node's path {{hostPath}} through hostPath."
package k8s.pss_baseline.hostpath_volumes

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, params) if {
	some i, volume in k8s.pod_spec.spec.volumes
	volume.hostPath != null
	path := array.concat(k8s.pod_spec.path, ["volumes", i, "hostPath"])
	params := {
		"volume": object.get(volume, "name", ""),
		"hostPath": k8s.describe(object.get(volume, ["hostPath", "path"], null)),
	}
}
