package k8s.network.network_policy_allow_all_test

import data.k8s.network.network_policy_allow_all
import data.lib.k8s_test

_policy(spec) := k8s_test.envelope({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "np"}, "spec": spec})

test_fail_allow_all_rules if {
	spec := {
		"podSelector": {},
		"ingress": [
			{"from": [{"podSelector": {"matchLabels": {"app": "web"}}}]},
			{},
			{"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]},
		],
	}
	findings := network_policy_allow_all.deny with input as _policy(spec)
	k8s_test.paths(findings) == {["spec", "ingress", 1], ["spec", "ingress", 2]}
}

test_fail_with_policy_types if {
	spec := {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [{}]}
	k8s_test.paths(network_policy_allow_all.deny) == {["spec", "ingress", 0]} with input as _policy(spec)
}

test_success_restricted_rules if {
	spec := {"podSelector": {}, "ingress": [
		{"from": [{"namespaceSelector": {"matchLabels": {"name": "ingress"}}}]},
		{"ports": [{"port": 443}]},
		{"from": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32"]}}]},
	]}
	count(network_policy_allow_all.deny) == 0 with input as _policy(spec)
}

test_success_egress_only_and_default_deny if {
	count(network_policy_allow_all.deny) == 0 with input as _policy({"podSelector": {}, "policyTypes": ["Egress"], "ingress": [{}]})
	count(network_policy_allow_all.deny) == 0 with input as _policy({"podSelector": {}, "policyTypes": ["Ingress"]})
}
