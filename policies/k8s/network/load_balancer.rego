# METADATA
# title: Restrict LoadBalancer Services
# description: >-
#   A LoadBalancer Service exposes its pods outside the cluster, through an internal load balancer
#   or one restricted to source ranges: review that the exposure is meant. Unrestricted,
#   internet-facing load balancers are K8S-NET-002's.
# custom:
#   id: K8S-NET-003
#   severity: low
#   controls: []
#   remediation: Prefer a ClusterIP Service behind the cluster's ingress; keep the load balancer internal or its source ranges narrow.
#   message: "Service {{name}} is exposed outside the cluster through {{how}}."
package k8s.network.load_balancer

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["spec", "type"], {"name": k8s.service_name, "how": "an internal load balancer"}) if {
	k8s.load_balancer
	k8s.internal_load_balancer
}

deny contains result.finding(rego.metadata.chain(), ["spec", "type"], {"name": k8s.service_name, "how": how}) if {
	k8s.load_balancer
	not k8s.internal_load_balancer
	ranges := {range.cidr | some range in k8s.load_balancer_source_ranges}
	count(ranges) > 0
	count(ranges & {"0.0.0.0/0", "::/0"}) == 0
	how := concat("", ["a load balancer open to ", concat(", ", sort(ranges))])
}
