# METADATA
# title: Limit sessions per connection to 10
# description: >-
#   MaxSessions caps the shells and subsystems multiplexed over one connection; a high cap lets
#   one authenticated connection consume the server's resources. (CIS Distribution Independent
#   Linux asks for 4; later CIS benchmarks and dev-sec accept OpenSSH's 10.)
# custom:
#   id: SSHD-018
#   severity: low
#   controls: ["cis-sshd:5.2.23", "devsec-ssh:sshd-20"]
#   remediation: >-
#     Set `MaxSessions 10` (or lower) in sshd_config.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}; at most 10 sessions per connection are allowed."
#   fix:
#     - set: [maxsessions]
#       value: "10"
package sshd.session.max_sessions

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("maxsessions")
	o.setting.number > 10
}
