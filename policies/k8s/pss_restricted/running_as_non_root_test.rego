package k8s.pss_restricted.running_as_non_root_test

import data.k8s.pss_restricted.running_as_non_root
import data.lib.k8s_test

test_fail_unset_everywhere if {
	spec := {"containers": [{"name": "app"}, k8s_test.container("side", {"readOnlyRootFilesystem": true})]}
	k8s_test.paths(running_as_non_root.deny) == {
		["spec", "containers", 0, "securityContext"],
		["spec", "containers", 1, "securityContext", "runAsNonRoot"],
	} with input as k8s_test.pod(spec)
}

test_fail_explicit_false if {
	spec := {
		"securityContext": {"runAsNonRoot": false},
		"containers": [{"name": "app"}, k8s_test.container("side", {"runAsNonRoot": false})],
	}
	findings := running_as_non_root.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "securityContext", "runAsNonRoot"], ["spec", "containers", 1, "securityContext", "runAsNonRoot"]}
	{f.params.value | some f in findings} == {false}
}

# A container's own false overrides a pod-level true.
test_fail_container_overrides_pod if {
	spec := {"securityContext": {"runAsNonRoot": true}, "containers": [k8s_test.container("app", {"runAsNonRoot": false})]}
	k8s_test.paths(running_as_non_root.deny) == {["spec", "containers", 0, "securityContext", "runAsNonRoot"]} with input as k8s_test.pod(spec)
}

test_fail_in_cronjob if {
	spec := {"containers": [{"name": "app"}]}
	k8s_test.paths(running_as_non_root.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext"]} with input as k8s_test.cronjob(spec)
}

test_success_pod_level_true if {
	spec := {"securityContext": {"runAsNonRoot": true}, "initContainers": [{"name": "i"}], "containers": [{"name": "app"}]}
	count(running_as_non_root.deny) == 0 with input as k8s_test.pod(spec)
}

test_success_every_container_true if {
	spec := {"containers": [k8s_test.hardened("a", {})], "initContainers": [k8s_test.hardened("i", {})]}
	count(running_as_non_root.deny) == 0 with input as k8s_test.pod(spec)
}

# Kubernetes v1.35+: root in a pod's own user namespace is not root on the node.
test_success_user_namespace if {
	spec := {"hostUsers": false, "securityContext": {"runAsNonRoot": false}, "containers": [{"name": "app"}]}
	count(running_as_non_root.deny) == 0 with input as k8s_test.pod(spec)
}
