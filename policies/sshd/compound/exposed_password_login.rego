# METADATA
# title: Disallow password and root login on SSH that is open to the Internet
# description: >-
#   The change opens SSH to the Internet (in an Azure network security group or a host firewall)
#   and configures sshd to accept passwords or root logins: together they invite brute force and
#   credential stuffing from anywhere. Reported on the sshd configuration, naming the findings
#   that combine. Evaluated over the whole change.
# custom:
#   id: SSHD-COMPOUND-001
#   severity: critical
#   controls: []
#   remediation: >-
#     Restrict SSH to known source networks or a bastion host, and set PasswordAuthentication no,
#     KbdInteractiveAuthentication no, PermitEmptyPasswords no and PermitRootLogin no.
#   message: "SSH is open to the Internet in {{exposures}} and this sshd configuration allows {{weaknesses}}."
package sshd.compound.exposed_password_login

import data.lib.result

# Findings that open SSH (port 22, or every port) to any source.
_opening_rules := {"ARM-NETWORK-001", "ARM-NETWORK-004", "FW-002", "FW-008"}

# Findings that let a password or root log in, with what they allow and the keyword that decides it.
_weak_logins := {
	"SSHD-001": {"what": "root login with a password", "keyword": "permitrootlogin"},
	"SSHD-002": {"what": "root login", "keyword": "permitrootlogin"},
	"SSHD-003": {"what": "password authentication", "keyword": "passwordauthentication"},
	"SSHD-004": {"what": "empty passwords", "keyword": "permitemptypasswords"},
	"SSHD-005": {"what": "keyboard-interactive (password) authentication", "keyword": "kbdinteractiveauthentication"},
}

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, ["global", _weak_logins[weak[0]].keyword], params) if {
	count(_exposures) > 0
	some doc in input.documents
	doc.kind == "sshd"
	weak := [id | some id in doc.findings; _weak_logins[id]]
	count(weak) > 0
	params := {
		"exposures": concat("; ", _exposures),
		"weaknesses": concat(", ", [concat("", [_weak_logins[id].what, " (", id, ")"]) | some id in weak]),
	}
}

# Each document of the change that opens SSH, as "file (rule ids)".
_exposures contains concat("", [doc.file, " (", concat(", ", opening), ")"]) if {
	some doc in input.documents
	opening := [id | some id in doc.findings; id in _opening_rules]
	count(opening) > 0
}
