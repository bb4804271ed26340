# METADATA
# title: Disallow wildcard Ingress hosts
# description: >-
#   A wildcard host (*.example.com) routes every subdomain to the backend, including names nobody
#   meant to publish, and lets a team claim hostnames that belong to others.
# custom:
#   id: K8S-NET-006
#   severity: medium
#   controls: []
#   remediation: List the hostnames the Ingress serves.
#   message: "Ingress {{name}} routes the wildcard host {{host}}."
package k8s.network.ingress_wildcard_host

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["spec", "rules", i, "host"], {"name": name, "host": rule.host}) if {
	k8s.ingress
	some i, rule in input.document.spec.rules
	startswith(rule.host, "*")
	name := k8s.text(object.get(input.document, ["metadata", "name"], ""))
}
