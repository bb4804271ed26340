# METADATA
# title: Disallow SSH protocol version 1
# description: >-
#   SSH-1 is broken (CRC-32 compensation attack, session hijacking). OpenSSH 7.6 and later
#   ignore the Protocol keyword, but an older sshd reading this file would accept SSH-1.
# custom:
#   id: SSHD-025
#   severity: high
#   controls: ["cis-sshd:5.2.4", "devsec-ssh:sshd-10"]
#   remediation: >-
#     Remove `Protocol` from sshd_config, or set `Protocol 2`.
#   message: "{{keyword}} is {{value}}{{origin}}: sshd older than 7.6 would accept SSH protocol 1."
#   fix:
#     - set: [protocol]
#       value: "2"
package sshd.crypto.protocol_1

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("protocol")
	some version in split(o.value, ",")
	trim_space(version) == "1"
}
