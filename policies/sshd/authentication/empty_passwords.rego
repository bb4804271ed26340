# METADATA
# title: Disallow login to accounts with empty passwords
# description: >-
#   PermitEmptyPasswords yes lets anyone log in to an account whose password is empty, with no
#   credential at all.
# custom:
#   id: SSHD-004
#   severity: critical
#   controls: ["cis-sshd:5.2.11", "devsec-ssh:sshd-28"]
#   remediation: >-
#     Set `PermitEmptyPasswords no` in sshd_config (it is the default) and remove the setting
#     from any Match block.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [permitemptypasswords]
#       value: "no"
package sshd.authentication.empty_passwords

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("permitemptypasswords")
	o.value == "yes"
}
