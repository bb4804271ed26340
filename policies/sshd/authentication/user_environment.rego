# METADATA
# title: Disallow user-supplied environment variables
# description: >-
#   PermitUserEnvironment lets users set variables such as LD_PRELOAD through ~/.ssh/environment
#   or authorized_keys, which can bypass ForceCommand and other restrictions.
# custom:
#   id: SSHD-008
#   severity: medium
#   controls: ["cis-sshd:5.2.12", "devsec-ssh:sshd-17"]
#   remediation: >-
#     Set `PermitUserEnvironment no` in sshd_config (it is the default); use SetEnv for what the
#     server must provide.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}."
#   fix:
#     - set: [permituserenvironment]
#       value: "no"
package sshd.authentication.user_environment

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, o.params) if {
	some o in sshd.occurrences("permituserenvironment")
	o.value != "no"
}
