# METADATA
# title: Limit LoginGraceTime to one minute
# description: >-
#   Unauthenticated connections stay open for LoginGraceTime; a long grace time (OpenSSH's
#   default is 120 seconds, 0 means forever) lets an attacker hold many of them open and exhaust
#   MaxStartups.
# custom:
#   id: SSHD-011
#   severity: medium
#   controls: ["cis-sshd:5.2.17", "devsec-ssh:sshd-18"]
#   remediation: >-
#     Set `LoginGraceTime 60` (or less, but more than 0) in sshd_config.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}; it should be between 1 and 60 seconds."
#   fix:
#     - set: [logingracetime]
#       value: "60"
package sshd.authentication.login_grace_time

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("logingracetime")
	_too_long(o.setting.number)
}

_too_long(seconds) if seconds > 60

_too_long(0)
