# METADATA
# title: Disallow X11 forwarding
# description: >-
#   A forwarded X11 display lets the server side reach the client's display server: a
#   compromised server can read keystrokes and screen contents of whoever connects with -X.
# custom:
#   id: SSHD-013
#   severity: low
#   controls: ["cis-sshd:5.2.6", "devsec-ssh:sshd-42"]
#   remediation: >-
#     Set `X11Forwarding no` in sshd_config (it is the default) and enable it only in a Match
#     block for the users who need it.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [x11forwarding]
#       value: "no"
package sshd.forwarding.x11_forwarding

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("x11forwarding")
	o.value == "yes"
	not sshd.enabled(o, "disableforwarding")
}
