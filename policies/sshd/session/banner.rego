# METADATA
# title: Require a pre-login warning banner
# description: >-
#   CIS asks for a legal warning before authentication (Banner): in many jurisdictions it is
#   what makes unauthorised access prosecutable. OpenSSH shows none by default.
# custom:
#   id: SSHD-021
#   severity: low
#   controls: ["cis-sshd:5.2.19"]
#   remediation: >-
#     Set `Banner /etc/issue.net` in sshd_config and put the organisation's warning in that
#     file.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}: no warning is shown before login."
package sshd.session.banner

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("banner")
	o.value == "none"
}
