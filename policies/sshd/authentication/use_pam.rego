# METADATA
# title: Require UsePAM
# description: >-
#   Without PAM, sshd skips the account and session modules (password expiry, lockout,
#   pam_limits, auditing) the rest of the host enforces. OpenSSH's compiled-in default is no;
#   distributions turn it on in their sshd_config.
# custom:
#   id: SSHD-009
#   severity: low
#   controls: ["cis-sshd:5.2.20"]
#   remediation: >-
#     Set `UsePAM yes` in sshd_config, and keep KbdInteractiveAuthentication and
#     PasswordAuthentication off unless needed.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [usepam]
#       value: "yes"
package sshd.authentication.use_pam

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("usepam")
	o.value == "no"
}
