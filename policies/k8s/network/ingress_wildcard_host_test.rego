package k8s.network.ingress_wildcard_host_test

import data.k8s.network.ingress_wildcard_host
import data.lib.k8s_test

test_fail_wildcard_host if {
	findings := ingress_wildcard_host.deny with input as k8s_test.ingress({"rules": [{"host": "shop.example.com"}, {"host": "*.example.com"}]})
	k8s_test.paths(findings) == {["spec", "rules", 1, "host"]}
}

test_success_named_hosts if {
	count(ingress_wildcard_host.deny) == 0 with input as k8s_test.ingress({"rules": [{"host": "shop.example.com"}, {"http": {}}]})
}
