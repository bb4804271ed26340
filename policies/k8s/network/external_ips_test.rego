package k8s.network.external_ips_test

import data.k8s.network.external_ips
import data.lib.k8s_test

test_fail_external_ips if {
	findings := external_ips.deny with input as k8s_test.service({"externalIPs": ["198.51.100.7", "198.51.100.8"]}, {})
	k8s_test.paths(findings) == {["spec", "externalIPs", 0], ["spec", "externalIPs", 1]}
	{f.params.ip | some f in findings} == {"198.51.100.7", "198.51.100.8"}
}

test_success_no_external_ips if {
	count(external_ips.deny) == 0 with input as k8s_test.service({"type": "ClusterIP", "externalIPs": []}, {})
}
