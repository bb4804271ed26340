# METADATA
# title: Require dropping ALL capabilities
# description: >-
#   Restricted containers drop every Linux capability and may add back only NET_BIND_SERVICE.
#   Linux only: Windows pods are exempt.
# custom:
#   id: K8S-PSS-106
#   severity: medium
#   controls: ["pss:restricted:capabilities", "cis-k8s:5.2.8", "cis-k8s:5.2.10"]
#   remediation: >-
#     Set securityContext.capabilities.drop to ["ALL"] in every container, and add back at most
#     NET_BIND_SERVICE.
#   message: "{{target}} {{problem}}; containers must drop ALL and may add only NET_BIND_SERVICE."
#   fix:
#     - add: [securityContext, capabilities, drop]
#       value: ALL
#     - remove: [securityContext, capabilities, add, "*"]
#       unsafe: The container asked for this capability; whatever needs it stops working.
package k8s.pss_restricted.capabilities

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "problem": "does not drop ALL capabilities"}) if {
	not k8s.is_windows
	some c in k8s.containers
	not "ALL" in object.get(c.security_context, ["capabilities", "drop"], [])
	path := k8s.field_path(c.container, c.path, ["securityContext", "capabilities", "drop"])
}

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "problem": problem}) if {
	not k8s.is_windows
	some c in k8s.containers
	some i, capability in object.get(c.security_context, ["capabilities", "add"], [])
	capability != "NET_BIND_SERVICE"
	path := array.concat(c.path, ["securityContext", "capabilities", "add", i])
	problem := concat("", ["adds capability ", _text(capability)])
}

_text(value) := value if is_string(value)

_text(value) := "(not a string)" if not is_string(value)
