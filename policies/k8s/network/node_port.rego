# METADATA
# title: Restrict NodePort Services
# description: >-
#   A NodePort Service opens its port on every node's addresses, bypassing the ingress
#   controller and any load balancer's allow-list; it is reachable from wherever the nodes are.
# custom:
#   id: K8S-NET-001
#   severity: medium
#   controls: []
#   remediation: Use a ClusterIP Service behind an Ingress, or a LoadBalancer restricted by loadBalancerSourceRanges.
#   message: "Service {{name}} is of type NodePort: its ports open on every node."
package k8s.network.node_port

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["spec", "type"], {"name": k8s.text(object.get(input.document, ["metadata", "name"], ""))}) if {
	k8s.is_kind(input.document, "", "Service")
	input.document.spec.type == "NodePort"
}
