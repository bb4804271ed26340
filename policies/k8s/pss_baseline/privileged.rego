# METADATA
# title: Disallow privileged containers
# description: >-
#   A privileged container gets every capability and every device of the node, which turns
#   off most container security mechanisms. Critical: escaping to the node is trivial.
# custom:
#   id: K8S-PSS-003
#   severity: critical
#   controls: ["pss:baseline:privileged", "cis-k8s:5.2.2"]
#   remediation: Remove securityContext.privileged or set it to false.
#   message: "{{target}} sets securityContext.privileged to true."
#   fix:
#     - set: [securityContext, privileged]
#       value: false
package k8s.pss_baseline.privileged

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target}) if {
	some c in k8s.containers
	c.security_context.privileged == true
	path := array.concat(c.path, ["securityContext", "privileged"])
}
