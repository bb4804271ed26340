# METADATA
# title: Require TLS on every Ingress host
# description: >-
#   An Ingress without a tls section serves its hosts over plain HTTP, and a host missing from
#   every tls entry is served without a certificate of its own. A tls entry that lists no hosts
#   covers them all.
# custom:
#   id: K8S-NET-005
#   severity: medium
#   controls: ["nsa-k8s:network/encryption"]
#   remediation: Add a spec.tls entry with a certificate Secret whose hosts cover every rule's host.
#   message: "Ingress {{name}} {{problem}}."
package k8s.network.ingress_tls

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"name": _name, "problem": "has no TLS: its hosts are served over plain HTTP"}) if {
	k8s.ingress
	count(_tls) == 0
	path := k8s.field_path(input.document, [], ["spec", "tls"])
}

deny contains result.finding(rego.metadata.chain(), ["spec", "rules", i, "host"], {"name": _name, "problem": problem}) if {
	k8s.ingress
	count(_tls) > 0
	not _tls_for_every_host
	some i, rule in input.document.spec.rules
	host := rule.host
	not _covered(host)
	problem := concat("", ["serves host ", host, " without TLS"])
}

_name := k8s.text(object.get(input.document, ["metadata", "name"], ""))

_tls := k8s.as_array(object.get(input.document, ["spec", "tls"], []))

_tls_for_every_host if {
	some entry in _tls
	count(k8s.as_array(object.get(entry, "hosts", []))) == 0
}

_covered(host) if {
	some entry in _tls
	some pattern in entry.hosts
	k8s.host_matches(pattern, host)
}
