# METADATA
# title: Disallow GatewayPorts
# description: >-
#   GatewayPorts lets remote port forwardings listen on every interface instead of loopback, so
#   a user can publish an internal service to anyone who can reach the server.
# custom:
#   id: SSHD-016
#   severity: medium
#   controls: ["devsec-ssh:sshd-41"]
#   remediation: >-
#     Set `GatewayPorts no` in sshd_config (it is the default).
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [gatewayports]
#       value: "no"
package sshd.forwarding.gateway_ports

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("gatewayports")
	o.value != "no"
	not sshd.enabled(o, "disableforwarding")
	not _remote_forwarding_off(o)
}

# Without remote TCP forwarding there is nothing for GatewayPorts to expose.
_remote_forwarding_off(o) if lower(o.effective.allowtcpforwarding.value) in {"no", "local"}
