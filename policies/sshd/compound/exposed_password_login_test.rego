package sshd.compound.exposed_password_login_test

import data.sshd.compound.exposed_password_login

_doc(id, kind, file, findings) := {"id": id, "kind": kind, "file": file, "resource": file, "facts": {}, "findings": findings}

test_fail_nsg_open_and_password_login if {
	findings := exposed_password_login.deny_run with input as {"documents": [
		_doc(0, "arm", "nsg.json", ["ARM-NETWORK-001", "ARM-NETWORK-005"]),
		_doc(1, "sshd", "sshd_config", ["SSHD-003", "SSHD-013"]),
	]}
	count(findings) == 1
	some finding in findings
	finding.document == 1
	finding.path == ["global", "passwordauthentication"]
	finding.params.exposures == "nsg.json (ARM-NETWORK-001)"
	finding.params.weaknesses == "password authentication (SSHD-003)"
}

test_fail_firewall_open_and_root_login_names_every_part if {
	findings := exposed_password_login.deny_run with input as {"documents": [
		_doc(0, "firewall", "rules.v4", ["FW-002"]),
		_doc(1, "firewall", "nft.json", ["FW-001", "FW-008"]),
		_doc(2, "sshd", "sshd_config", ["SSHD-001", "SSHD-002"]),
	]}
	some finding in findings
	finding.path == ["global", "permitrootlogin"]
	finding.params.exposures == "nft.json (FW-008); rules.v4 (FW-002)"
	finding.params.weaknesses == "root login with a password (SSHD-001), root login (SSHD-002)"
}

test_success_ssh_open_with_keys_only if {
	count(exposed_password_login.deny_run) == 0 with input as {"documents": [
		_doc(0, "arm", "nsg.json", ["ARM-NETWORK-001"]),
		_doc(1, "sshd", "sshd_config", ["SSHD-013"]),
	]}
}

test_success_password_login_behind_a_closed_network if {
	count(exposed_password_login.deny_run) == 0 with input as {"documents": [
		_doc(0, "arm", "nsg.json", ["ARM-NETWORK-002"]),
		_doc(1, "firewall", "rules.v4", ["FW-001"]),
		_doc(2, "sshd", "sshd_config", ["SSHD-003"]),
	]}
}
