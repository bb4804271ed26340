# METADATA
# title: Disallow direct root login
# description: >-
#   CIS asks for PermitRootLogin no: logging in as root, even with a key, leaves no trace of
#   which administrator used the account. OpenSSH's default is prohibit-password, which still
#   lets root in with a key.
# custom:
#   id: SSHD-002
#   severity: medium
#   controls: ["cis-sshd:5.2.10"]
#   remediation: >-
#     Set `PermitRootLogin no` in sshd_config, above any Include and Match line, and give
#     administrators their own accounts with sudo.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}: root can still log in with a key."
#   fix:
#     - set: [permitrootlogin]
#       value: "no"
package sshd.authentication.root_login

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("permitrootlogin")
	o.value in {"prohibit-password", "without-password", "forced-commands-only"}
}
