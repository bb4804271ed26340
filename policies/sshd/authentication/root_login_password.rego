# METADATA
# title: Disallow root login with a password
# description: >-
#   With PermitRootLogin yes anyone who guesses or phishes the root password owns the host, and
#   logins leave no trace of which administrator used the account.
# custom:
#   id: SSHD-001
#   severity: high
#   controls: ["cis-sshd:5.2.10", "devsec-ssh:sshd-06"]
#   remediation: >-
#     Set `PermitRootLogin no` (or at least `prohibit-password`) in sshd_config, above any
#     Include and Match line; administrators log in as themselves and use sudo.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}: root can log in with a password."
#   fix:
#     - set: [permitrootlogin]
#       value: "no"
package sshd.authentication.root_login_password

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("permitrootlogin")
	o.value == "yes"
}
