# METADATA
# title: Disallow Service externalIPs
# description: >-
#   externalIPs make every node accept traffic for an address the cluster does not own, and let
#   anyone who can create a Service intercept traffic to that address from inside the cluster
#   (CVE-2020-8554).
# custom:
#   id: K8S-NET-004
#   severity: medium
#   controls: []
#   remediation: Remove spec.externalIPs and use a LoadBalancer Service or an Ingress; block the field with the DenyServiceExternalIPs admission plugin.
#   message: "Service {{name}} claims external IP {{ip}}."
package k8s.network.external_ips

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["spec", "externalIPs", i], {"name": k8s.service_name, "ip": ip}) if {
	k8s.is_kind(input.document, "", "Service")
	some i, ip in input.document.spec.externalIPs
}
