# METADATA
# title: Disallow NetworkPolicies that allow all ingress
# description: >-
#   An ingress rule with no sources (or 0.0.0.0/0 without exceptions) and no ports admits every
#   connection to the pods it selects: the policy looks like isolation and provides none.
# custom:
#   id: K8S-NET-007
#   severity: medium
#   controls: ["cis-k8s:5.3.2", "nsa-k8s:network/network-policies"]
#   remediation: List the pods, namespaces or address ranges (from) and the ports the selected pods must accept.
#   message: "NetworkPolicy {{name}} ingress rule {{rule}} allows all traffic from anywhere."
package k8s.network.network_policy_allow_all

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["spec", "ingress", i], {"name": name, "rule": i}) if {
	k8s.is_kind(input.document, "networking.k8s.io", "NetworkPolicy")
	_governs_ingress
	some i, rule in input.document.spec.ingress
	_from_anywhere(rule)
	count(k8s.as_array(object.get(k8s.as_object(rule), "ports", []))) == 0
	name := k8s.text(object.get(input.document, ["metadata", "name"], ""))
}

# Without policyTypes, a policy governs ingress always (and egress when it has egress rules).
_governs_ingress if not k8s.present(input.document, ["spec", "policyTypes"])

_governs_ingress if "Ingress" in input.document.spec.policyTypes

_from_anywhere(rule) if count(k8s.as_array(object.get(k8s.as_object(rule), "from", []))) == 0

_from_anywhere(rule) if {
	some peer in rule.from
	peer.ipBlock.cidr in {"0.0.0.0/0", "::/0"}
	count(k8s.as_array(object.get(peer.ipBlock, "except", []))) == 0
}
