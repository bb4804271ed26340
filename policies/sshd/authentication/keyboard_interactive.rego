# METADATA
# title: Disallow keyboard-interactive authentication
# description: >-
#   Keyboard-interactive authentication (ChallengeResponseAuthentication) usually asks for the
#   password through PAM or BSD auth, so it reopens the door that PasswordAuthentication no
#   closes. OpenSSH enables it by default.
# custom:
#   id: SSHD-005
#   severity: medium
#   controls: ["devsec-ssh:sshd-29"]
#   remediation: >-
#     Set `KbdInteractiveAuthentication no` in sshd_config (ChallengeResponseAuthentication is
#     its deprecated alias) unless a second factor needs it.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [kbdinteractiveauthentication]
#       value: "no"
package sshd.authentication.keyboard_interactive

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("kbdinteractiveauthentication")
	o.value == "yes"
}
