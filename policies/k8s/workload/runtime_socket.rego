# METADATA
# title: Disallow mounting the container runtime socket
# description: >-
#   Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on
#   the node: mounting it hands the pod the node. This is a refinement of K8S-PSS-005 (any hostPath)
#   that names the socket and rates it critical.
# custom:
#   id: K8S-WL-009
#   severity: critical
#   controls: ["cis-k8s:5.2.12", "nsa-k8s:pod-security/enforcement"]
#   remediation: >-
#     Remove the volume. Tools that need the runtime (image builders, log agents) have socket-free
#     alternatives: rootless builders such as BuildKit or kaniko, and the kubelet's log files.
#   message: "Volume {{volume}} mounts the container runtime socket {{hostPath}} from the node."
package k8s.workload.runtime_socket

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), volume.path, {"volume": volume.volume, "hostPath": volume.host_path}) if {
	some volume in k8s.host_paths
	_runtime_socket(volume.host_path)
}

_socket_names := {"docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "dockershim.sock", "podman.sock"}

# The directories that hold the sockets expose them as well.
_socket_directories := {
	"/var/run/containerd", "/run/containerd", "/run/k3s/containerd",
	"/var/run/crio", "/run/crio", "/var/run/docker", "/run/docker",
}

_runtime_socket(path) if {
	some name in _socket_names
	endswith(path, concat("/", ["", name]))
}

_runtime_socket(path) if path in _socket_directories
