# METADATA
# title: Restrict SSH access to named users or groups
# description: >-
#   Without AllowUsers, AllowGroups, DenyUsers or DenyGroups every account with a shell and a
#   credential can log in over SSH, including service accounts nobody watches.
# custom:
#   id: SSHD-012
#   severity: info
#   controls: ["cis-sshd:5.2.18"]
#   remediation: >-
#     Add `AllowGroups ssh-users` (or AllowUsers with the accounts that need SSH) to
#     sshd_config.
#   message: "No AllowUsers, AllowGroups, DenyUsers or DenyGroups is set: every account may log in over SSH."
package sshd.authentication.access_lists

import data.lib.result
import data.lib.sshd

_lists := {"allowusers", "allowgroups", "denyusers", "denygroups"}

deny contains result.finding(rego.metadata.chain(), ["global", "allowusers"], {}) if {
	sshd.complete
	every key in _lists {
		not input.document.global[key]
	}
}
