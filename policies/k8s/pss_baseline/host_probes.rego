# METADATA
# title: Disallow host fields in probes and lifecycle hooks
# description: >-
#   A probe or lifecycle hook with a host makes the kubelet send requests from the node to any
#   address, reaching services the pod itself could not (Kubernetes v1.34+).
# custom:
#   id: K8S-PSS-012
#   severity: medium
#   controls: ["pss:baseline:host-probes"]
#   remediation: Remove the host field so that the probe or hook targets the pod's own IP.
#   message: "{{target}} sets {{field}} to {{host}}; probes and lifecycle hooks must not name a host."
package k8s.pss_baseline.host_probes

import data.lib.k8s
import data.lib.result

# Every handler that has a host field: probes, and lifecycle hooks (tcpSocket there is
# deprecated but still accepted by the API, so still checked).
_handlers := [array.concat(owner, [action]) |
	some owner in [
		["livenessProbe"], ["readinessProbe"], ["startupProbe"],
		["lifecycle", "postStart"], ["lifecycle", "preStop"],
	]
	some action in ["httpGet", "tcpSocket"]
]

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "field": field, "host": host}) if {
	some c in k8s.containers
	some handler in _handlers
	field_path := array.concat(handler, ["host"])
	host := object.get(c.container, field_path, null)
	not host in {"", null}
	path := array.concat(c.path, field_path)
	field := concat(".", field_path)
}
