# METADATA
# title: Require dropping CAP_NET_RAW
# description: >-
#   Container runtimes grant NET_RAW by default: it lets a container forge packets and spoof
#   ARP and DNS answers to its neighbours on the node. The CIS benchmark asks that containers drop
#   it; dropping ALL (as K8S-PSS-106 requires at the restricted level) also satisfies this rule.
#   Windows pods are exempt.
# custom:
#   id: K8S-WL-013
#   severity: low
#   controls: ["cis-k8s:5.2.8"]
#   remediation: Add NET_RAW (or ALL) to securityContext.capabilities.drop, and do not add it back.
#   message: "{{target}} {{problem}}."
package k8s.workload.net_raw_capability

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "problem": "adds CAP_NET_RAW"}) if {
	not k8s.is_windows
	some c in k8s.containers
	some i, capability in c.security_context.capabilities.add
	k8s.capability_name(capability) == "NET_RAW"
	path := array.concat(c.path, ["securityContext", "capabilities", "add", i])
}

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "problem": "keeps CAP_NET_RAW, which the runtime grants unless it is dropped"}) if {
	not k8s.is_windows
	some c in k8s.containers
	not _adds(c)
	not _drops(c)
	path := k8s.field_path(c.container, c.path, ["securityContext", "capabilities", "drop"])
}

_adds(c) if k8s.capability_name(c.security_context.capabilities.add[_]) == "NET_RAW"

_drops(c) if k8s.capability_name(c.security_context.capabilities.drop[_]) in {"NET_RAW", "ALL"}
