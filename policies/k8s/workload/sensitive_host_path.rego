# METADATA
# title: Disallow hostPath volumes of the node's system directories
# description: >-
#   A hostPath volume of /, /etc, /proc, /sys, /var/run or the kubelet's and runtimes' state
#   directories exposes the node's credentials, its other pods' secrets and its kernel settings,
#   even read-only. This refines K8S-PSS-005 (any hostPath) to the paths that amount to the node.
# custom:
#   id: K8S-WL-010
#   severity: critical
#   controls: ["cis-k8s:5.2.12", "nsa-k8s:pod-security/enforcement"]
#   remediation: >-
#     Remove the volume, or mount only the one file or subdirectory the workload needs (for log
#     agents, /var/log), read-only.
#   message: "Volume {{volume}} mounts the node's {{hostPath}} through hostPath."
package k8s.workload.sensitive_host_path

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), volume.path, {"volume": volume.volume, "hostPath": volume.host_path}) if {
	some volume in k8s.host_paths
	_sensitive(volume.host_path)
}

# Directories that are sensitive whole, with everything below them.
_trees := {
	"/etc", "/proc", "/sys", "/boot", "/root",
	"/var/lib/kubelet", "/var/lib/etcd", "/var/lib/docker", "/var/lib/containerd",
}

# Directories that are sensitive because everything above lies below them; their other
# subdirectories (/var/log, /var/run/<app>) are not.
_parents := {"/", "/var", "/var/lib", "/var/run", "/run", "/usr", "/home", "/dev", "/opt"}

_sensitive(path) if path in _parents

_sensitive(path) if path in _trees

_sensitive(path) if {
	some tree in _trees
	startswith(path, concat("", [tree, "/"]))
}
