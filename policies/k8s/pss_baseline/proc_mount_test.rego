package k8s.pss_baseline.proc_mount_test

import data.k8s.pss_baseline.proc_mount
import data.lib.k8s_test

test_fail_unmasked if {
	spec := {"containers": [k8s_test.container("app", {"procMount": "Unmasked"}), k8s_test.container("b", {"procMount": "Default"})]}
	findings := proc_mount.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "containers", 0, "securityContext", "procMount"]}
	{f.params.value | some f in findings} == {"Unmasked"}
}

test_fail_host_users_true if {
	spec := {"hostUsers": true, "containers": [k8s_test.container("app", {"procMount": "Unmasked"})]}
	count(proc_mount.deny) == 1 with input as k8s_test.pod(spec)
}

test_fail_in_cronjob if {
	spec := {"containers": [k8s_test.container("app", {"procMount": "Unmasked"})]}
	k8s_test.paths(proc_mount.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "procMount"]} with input as k8s_test.cronjob(spec)
}

test_success_default_or_unset if {
	spec := {"containers": [k8s_test.container("a", {"procMount": "Default"}), {"name": "b"}]}
	count(proc_mount.deny) == 0 with input as k8s_test.pod(spec)
}

# Kubernetes v1.35+: the baseline lets a pod in its own user namespace unmask /proc.
test_success_unmasked_in_user_namespace if {
	spec := {"hostUsers": false, "containers": [k8s_test.container("app", {"procMount": "Unmasked"})]}
	count(proc_mount.deny) == 0 with input as k8s_test.pod(spec)
}
