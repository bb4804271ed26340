package k8s.pss_restricted.proc_mount_test

import data.k8s.pss_restricted.proc_mount
import data.lib.k8s_test

test_fail_unmasked if {
	spec := {"containers": [k8s_test.hardened("app", {"procMount": "Unmasked"})]}
	k8s_test.paths(proc_mount.deny) == {["spec", "containers", 0, "securityContext", "procMount"]} with input as k8s_test.pod(spec)
}

# Unlike the baseline, the restricted policy does not excuse pods in a user namespace.
test_fail_unmasked_in_user_namespace if {
	spec := {"hostUsers": false, "initContainers": [k8s_test.hardened("init", {"procMount": "Unmasked"})], "containers": [{"name": "a"}]}
	k8s_test.paths(proc_mount.deny) == {["spec", "initContainers", 0, "securityContext", "procMount"]} with input as k8s_test.pod(spec)
}

test_fail_in_cronjob if {
	spec := {"hostUsers": false, "containers": [k8s_test.hardened("app", {"procMount": "Unmasked"})]}
	k8s_test.paths(proc_mount.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "procMount"]} with input as k8s_test.cronjob(spec)
}

test_success_default_or_unset if {
	spec := {"hostUsers": false, "containers": [k8s_test.hardened("a", {"procMount": "Default"}), k8s_test.hardened("b", {})]}
	count(proc_mount.deny) == 0 with input as k8s_test.pod(spec)
}
