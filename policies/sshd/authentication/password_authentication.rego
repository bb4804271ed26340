# METADATA
# title: Disallow password authentication
# description: >-
#   Passwords can be guessed, sprayed and phished; public keys cannot. OpenSSH allows passwords
#   unless told otherwise.
# custom:
#   id: SSHD-003
#   severity: medium
#   controls: ["devsec-ssh:sshd-27"]
#   remediation: >-
#     Set `PasswordAuthentication no` in sshd_config (above any Include and Match line, or in
#     the first drop-in read) once every user has a key.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [passwordauthentication]
#       value: "no"
package sshd.authentication.password_authentication

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("passwordauthentication")
	o.value == "yes"
}
