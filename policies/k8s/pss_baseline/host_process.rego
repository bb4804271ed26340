# METADATA
# title: Disallow Windows HostProcess containers
# description: >-
#   A HostProcess container runs directly on the Windows node with privileged access to it,
#   outside container isolation. Critical: one such container controls the whole node.
# custom:
#   id: K8S-PSS-001
#   severity: critical
#   controls: ["pss:baseline:host-process", "cis-k8s:5.2.11"]
#   remediation: >-
#     Remove securityContext.windowsOptions.hostProcess or set it to false, at pod level and
#     in every container, init container and ephemeral container.
#   message: "{{target}} sets securityContext.windowsOptions.hostProcess to true."
package k8s.pss_baseline.host_process

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": context.target}) if {
	some context in k8s.security_contexts
	context.context.windowsOptions.hostProcess == true
	path := array.concat(context.path, ["windowsOptions", "hostProcess"])
}
