# METADATA
# title: Limit authentication attempts per connection to 4
# description: >-
#   Each connection may try MaxAuthTries passwords or keys; a high limit speeds up brute force.
#   OpenSSH allows 6 by default.
# custom:
#   id: SSHD-010
#   severity: medium
#   controls: ["cis-sshd:5.2.7", "devsec-ssh:sshd-19"]
#   remediation: >-
#     Set `MaxAuthTries 4` (or lower) in sshd_config.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}; at most 4 attempts per connection are allowed."
#   fix:
#     - set: [maxauthtries]
#       value: "4"
package sshd.authentication.max_auth_tries

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("maxauthtries")
	o.setting.number > 4
}
