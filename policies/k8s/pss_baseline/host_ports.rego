# METADATA
# title: Disallow host ports
# description: >-
#   A hostPort binds the container to a port on the node's own addresses, bypassing network
#   policies and exposing the workload on every interface of the node.
# custom:
#   id: K8S-PSS-006
#   severity: medium
#   controls: ["pss:baseline:host-ports", "cis-k8s:5.2.13"]
#   remediation: Remove ports[].hostPort (or set it to 0) and expose the workload through a Service.
#   message: "{{target}} binds host port {{hostPort}}."
package k8s.pss_baseline.host_ports

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "hostPort": host_port}) if {
	some c in k8s.containers
	some i, port in c.container.ports
	host_port := port.hostPort
	not host_port in {0, null}
	path := array.concat(c.path, ["ports", i, "hostPort"])
}
