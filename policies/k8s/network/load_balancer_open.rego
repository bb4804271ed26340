# METADATA
# title: Require loadBalancerSourceRanges on LoadBalancer Services
# description: >-
#   A LoadBalancer Service without source ranges (or with 0.0.0.0/0) is reachable from the whole
#   internet. Internal load balancers (the AWS, Azure and Google Cloud internal annotations) are
#   reported by K8S-NET-003 instead.
# custom:
#   id: K8S-NET-002
#   severity: high
#   controls: []
#   remediation: >-
#     Set spec.loadBalancerSourceRanges to the client networks that need the Service, or make the
#     load balancer internal.
#   message: "Service {{name}} is an internet-facing load balancer {{problem}}."
package k8s.network.load_balancer_open

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), open.path, {"name": k8s.service_name, "problem": open.problem}) if {
	k8s.load_balancer
	not k8s.internal_load_balancer
	some open in _open
}

_open contains {"problem": "open to every address (no loadBalancerSourceRanges)", "path": ["spec", "type"]} if {
	count(k8s.load_balancer_source_ranges) == 0
}

_open contains {"problem": concat("", ["open to every address (source range ", range.cidr, ")"]), "path": range.path} if {
	some range in k8s.load_balancer_source_ranges
	range.cidr in {"0.0.0.0/0", "::/0"}
}
