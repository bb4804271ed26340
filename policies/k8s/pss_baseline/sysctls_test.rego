package k8s.pss_baseline.sysctls_test

import data.k8s.pss_baseline.sysctls
import data.lib.k8s_test

test_fail_unsafe_sysctl if {
	spec := {
		"securityContext": {"sysctls": [
			{"name": "net.ipv4.tcp_syncookies", "value": "1"},
			{"name": "kernel.msgmax", "value": "65536"},
			{"name": "net.core.somaxconn", "value": "1024"},
		]},
		"containers": [{"name": "a"}],
	}
	findings := sysctls.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "securityContext", "sysctls", 1, "name"], ["spec", "securityContext", "sysctls", 2, "name"]}
	{f.params.sysctl | some f in findings} == {"kernel.msgmax", "net.core.somaxconn"}
}

test_fail_in_cronjob if {
	spec := {"securityContext": {"sysctls": [{"name": "vm.swappiness", "value": "10"}]}, "containers": [{"name": "a"}]}
	k8s_test.paths(sysctls.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "securityContext", "sysctls", 0, "name"]} with input as k8s_test.cronjob(spec)
}

test_success_safe_set if {
	names := [
		"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
		"net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
		"net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
		"net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
		"net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat",
	]
	spec := {"securityContext": {"sysctls": [{"name": name, "value": "1"} | some name in names]}, "containers": [{"name": "a"}]}
	count(sysctls.deny) == 0 with input as k8s_test.pod(spec)
	count(sysctls.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "a"}]})
}
