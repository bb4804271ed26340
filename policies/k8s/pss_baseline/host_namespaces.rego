# METADATA
# title: Disallow sharing the host's namespaces
# description: >-
#   A pod in the node's network, process ID or IPC namespace can see and reach the node's
#   processes, traffic and shared memory. High: it removes a main layer of isolation.
# custom:
#   id: K8S-PSS-002
#   severity: high
#   controls: ["pss:baseline:host-namespaces", "cis-k8s:5.2.3", "cis-k8s:5.2.4", "cis-k8s:5.2.5"]
#   remediation: Remove spec.hostNetwork, spec.hostPID and spec.hostIPC or set them to false.
#   message: "The pod sets {{field}} to true and shares the node's {{namespace}} namespace."
#   fix:
#     - set: [hostNetwork]
#       value: false
#       unsafe: The pod stops sharing the node's network, which node agents and CNI plugins rely on.
#     - set: [hostPID]
#       value: false
#       unsafe: The pod stops seeing the node's processes, which monitoring agents rely on.
#     - set: [hostIPC]
#       value: false
#       unsafe: The pod stops sharing the node's IPC namespace.
package k8s.pss_baseline.host_namespaces

import data.lib.k8s
import data.lib.result

_namespaces := {"hostNetwork": "network", "hostPID": "process ID", "hostIPC": "IPC"}

deny contains result.finding(rego.metadata.chain(), path, {"field": field, "namespace": namespace}) if {
	some field, namespace in _namespaces
	k8s.pod_spec.spec[field] == true
	path := array.concat(k8s.pod_spec.path, [field])
}
