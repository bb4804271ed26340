# METADATA
# title: Require IgnoreRhosts
# description: >-
#   Per-user .rhosts and .shosts files let users grant password-less access to their accounts
#   from hosts the administrator never vetted.
# custom:
#   id: SSHD-007
#   severity: medium
#   controls: ["cis-sshd:5.2.8", "devsec-ssh:sshd-23"]
#   remediation: >-
#     Set `IgnoreRhosts yes` in sshd_config (it is the default).
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [ignorerhosts]
#       value: "yes"
package sshd.authentication.ignore_rhosts

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("ignorerhosts")
	o.value != "yes"
}
