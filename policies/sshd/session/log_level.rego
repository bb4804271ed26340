# METADATA
# title: Require LogLevel INFO or VERBOSE
# description: >-
#   Below INFO sshd stops logging logins and failures, and DEBUG levels log private data about
#   users; VERBOSE adds the key fingerprint each login used.
# custom:
#   id: SSHD-020
#   severity: low
#   controls: ["cis-sshd:5.2.5", "devsec-ssh:sshd-13"]
#   remediation: >-
#     Set `LogLevel VERBOSE` (or INFO, the default) in sshd_config.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [loglevel]
#       value: VERBOSE
package sshd.session.log_level

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("loglevel")
	not o.value in {"info", "verbose"}
}
