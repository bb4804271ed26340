# METADATA
# title: Disallow agent forwarding
# description: >-
#   A forwarded ssh-agent can be used by anyone with root (or the user's privileges) on the
#   server to authenticate as the connecting user elsewhere. OpenSSH allows it by default.
# custom:
#   id: SSHD-015
#   severity: low
#   controls: ["devsec-ssh:sshd-40"]
#   remediation: >-
#     Set `AllowAgentForwarding no` (or `DisableForwarding yes`) in sshd_config; use ProxyJump
#     instead of agent forwarding.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [allowagentforwarding]
#       value: "no"
package sshd.forwarding.agent_forwarding

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("allowagentforwarding")
	o.value == "yes"
	not sshd.enabled(o, "disableforwarding")
}
