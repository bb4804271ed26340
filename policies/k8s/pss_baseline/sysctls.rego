# METADATA
# title: Disallow unsafe sysctls
# description: >-
#   Sysctls outside the safe, namespaced set can disable security mechanisms or change the
#   kernel for every pod on the node.
# custom:
#   id: K8S-PSS-011
#   severity: medium
#   controls: ["pss:baseline:sysctls"]
#   remediation: >-
#     Remove the sysctl from spec.securityContext.sysctls, or tune it on the node; pods may
#     set only the safe sysctls listed by the Pod Security Standards.
#   message: "The pod sets sysctl {{sysctl}}, which is not in the safe set."
package k8s.pss_baseline.sysctls

import data.lib.k8s
import data.lib.result

# The safe set of the current standard, with the Kubernetes release that made each one safe.
_safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports", # 1.27
	"net.ipv4.tcp_keepalive_time", # 1.29
	"net.ipv4.tcp_fin_timeout", # 1.29
	"net.ipv4.tcp_keepalive_intvl", # 1.29
	"net.ipv4.tcp_keepalive_probes", # 1.29
	"net.ipv4.tcp_rmem", # 1.32
	"net.ipv4.tcp_wmem", # 1.32
	"net.ipv4.tcp_slow_start_after_idle", # 1.37
	"net.ipv4.tcp_notsent_lowat", # 1.37
}

deny contains result.finding(rego.metadata.chain(), path, {"sysctl": name}) if {
	some i, sysctl in k8s.pod_security_context.context.sysctls
	name := sysctl.name
	not name in _safe
	path := array.concat(k8s.pod_security_context.path, ["sysctls", i, "name"])
}
