package k8s.network.load_balancer_test

import data.k8s.network.load_balancer
import data.lib.k8s_test

test_fail_restricted_load_balancer if {
	findings := load_balancer.deny with input as k8s_test.service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["203.0.113.0/24", "10.0.0.0/8"]}, {})
	k8s_test.paths(findings) == {["spec", "type"]}
	{f.params.how | some f in findings} == {"a load balancer open to 10.0.0.0/8, 203.0.113.0/24"}
}

test_fail_internal_load_balancer if {
	findings := load_balancer.deny with input as k8s_test.service({"type": "LoadBalancer"}, {"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"})
	{f.params.how | some f in findings} == {"an internal load balancer"}
}

test_success_open_load_balancer_is_left_to_net_002 if {
	count(load_balancer.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer"}, {})
	count(load_balancer.deny) == 0 with input as k8s_test.service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["::/0"]}, {})
}

test_success_cluster_ip if {
	count(load_balancer.deny) == 0 with input as k8s_test.service({"type": "ClusterIP"}, {})
}
