package k8s.network.load_balancer_open_test

import data.k8s.network.load_balancer_open
import data.lib.k8s_test

test_fail_no_source_ranges if {
	findings := load_balancer_open.deny with input as k8s_test.service({"type": "LoadBalancer"}, {})
	k8s_test.paths(findings) == {["spec", "type"]}
}

test_fail_open_source_range if {
	findings := load_balancer_open.deny with input as k8s_test.service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["10.0.0.0/8", "0.0.0.0/0"]}, {})
	k8s_test.paths(findings) == {["spec", "loadBalancerSourceRanges", 1]}
}

test_fail_open_annotation if {
	annotations := {"service.beta.kubernetes.io/load-balancer-source-ranges": "0.0.0.0/0"}
	findings := load_balancer_open.deny with input as k8s_test.service({"type": "LoadBalancer"}, annotations)
	k8s_test.paths(findings) == {["metadata", "annotations", "service.beta.kubernetes.io/load-balancer-source-ranges"]}
}

test_success_restricted_or_internal if {
	count(load_balancer_open.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["203.0.113.0/24"]}, {})
	count(load_balancer_open.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer"}, {"service.beta.kubernetes.io/load-balancer-source-ranges": "203.0.113.0/24, 198.51.100.0/24"})
	count(load_balancer_open.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer"}, {"service.beta.kubernetes.io/azure-load-balancer-internal": "true"})
	count(load_balancer_open.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer"}, {"networking.gke.io/load-balancer-type": "Internal"})
	count(load_balancer_open.deny) == 0 with input as k8s_test.service({"type": "ClusterIP"}, {})
}
