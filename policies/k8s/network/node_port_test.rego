package k8s.network.node_port_test

import data.k8s.network.node_port
import data.lib.k8s_test

test_fail_node_port if {
	k8s_test.paths(node_port.deny) == {["spec", "type"]} with input as k8s_test.service({"type": "NodePort", "ports": [{"port": 80}]}, {})
}

test_success_other_types_and_kinds if {
	count(node_port.deny) == 0 with input as k8s_test.service({"type": "ClusterIP"}, {})
	count(node_port.deny) == 0 with input as k8s_test.service({}, {})
	count(node_port.deny) == 0 with input as k8s_test.envelope({"apiVersion": "example.com/v1", "kind": "Service", "spec": {"type": "NodePort"}})
}
