# METADATA
# title: Enforce an idle timeout with ClientAliveInterval and ClientAliveCountMax
# description: >-
#   Without client-alive probes (OpenSSH's default ClientAliveInterval is 0) an abandoned or
#   hijacked session stays open forever; ClientAliveCountMax decides how many unanswered probes
#   end it.
# custom:
#   id: SSHD-019
#   severity: medium
#   controls: ["cis-sshd:5.2.16", "devsec-ssh:sshd-36", "devsec-ssh:sshd-37"]
#   remediation: >-
#     Set `ClientAliveInterval 300` (or less, more than 0) and `ClientAliveCountMax 3` (1 to 3)
#     in sshd_config.
#   message: "{{where}}{{keyword}} is {{value}}{{origin}}: {{problem}}."
#   fix:
#     - set: [clientaliveinterval]
#       value: "300"
#     - set: [clientalivecountmax]
#       value: "3"
package sshd.session.client_alive

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, object.union(o.params, {"problem": problem})) if {
	some o in sshd.occurrences("clientaliveinterval")
	some problem in _interval_problems(o.setting.number)
}

deny contains result.finding(rego.metadata.chain(), o.path, object.union(o.params, {"problem": problem})) if {
	some o in sshd.occurrences("clientalivecountmax")
	some problem in _count_problems(o.setting.number, o.effective.clientaliveinterval.number)
}

_interval_problems(0) := {"idle sessions are never probed or closed"}

_interval_problems(seconds) := {"idle sessions are probed less often than every 300 seconds"} if seconds > 300

_count_problems(count_max, _) := {"more than 3 unanswered probes are tolerated"} if count_max > 3

_count_problems(0, interval) := {"unanswered probes never close the session"} if interval > 0
