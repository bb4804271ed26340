package k8s.network.ingress_tls_test

import data.k8s.network.ingress_tls
import data.lib.k8s_test

test_fail_no_tls if {
	findings := ingress_tls.deny with input as k8s_test.ingress({"rules": [{"host": "shop.example.com"}]})
	k8s_test.paths(findings) == {["spec", "tls"]}
}

test_fail_uncovered_host if {
	spec := {
		"tls": [{"hosts": ["shop.example.com", "*.api.example.com"], "secretName": "tls"}],
		"rules": [{"host": "shop.example.com"}, {"host": "v1.api.example.com"}, {"host": "admin.example.com"}],
	}
	findings := ingress_tls.deny with input as k8s_test.ingress(spec)
	k8s_test.paths(findings) == {["spec", "rules", 2, "host"]}
	{f.params.problem | some f in findings} == {"serves host admin.example.com without TLS"}
}

test_success_tls_for_every_host if {
	count(ingress_tls.deny) == 0 with input as k8s_test.ingress({"tls": [{"hosts": ["a.example.com"]}], "rules": [{"host": "a.example.com"}]})
	count(ingress_tls.deny) == 0 with input as k8s_test.ingress({"tls": [{"secretName": "default"}], "rules": [{"host": "a.example.com"}, {"host": "b.example.com"}]})
}

test_success_not_an_ingress if {
	count(ingress_tls.deny) == 0 with input as k8s_test.envelope({"apiVersion": "traefik.io/v1alpha1", "kind": "Ingress", "spec": {}})
}
