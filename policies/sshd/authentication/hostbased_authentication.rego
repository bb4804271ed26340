# METADATA
# title: Disallow host-based authentication
# description: >-
#   Host-based authentication trusts a whole client host (.rhosts, hosts.equiv): one compromised
#   host logs in as any of its users.
# custom:
#   id: SSHD-006
#   severity: medium
#   controls: ["cis-sshd:5.2.9", "devsec-ssh:sshd-25"]
#   remediation: >-
#     Set `HostbasedAuthentication no` in sshd_config (it is the default).
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [hostbasedauthentication]
#       value: "no"
package sshd.authentication.hostbased_authentication

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("hostbasedauthentication")
	o.value == "yes"
}
