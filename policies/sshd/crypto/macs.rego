# METADATA
# title: Disallow weak SSH MACs
# description: >-
#   MD5 and RIPEMD-160 MACs and truncated 96-bit MACs are weak, and hmac-sha1 without
#   encrypt-then-MAC is obsolete next to the SHA-2 and -etm MACs every current client supports.
#   OpenSSH's default list still offers hmac-sha1.
# custom:
#   id: SSHD-023
#   severity: medium
#   controls: ["cis-sshd:5.2.14", "devsec-ssh:sshd-03"]
#   remediation: >-
#     Set `MACs
#     hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com` in
#     sshd_config.
#   message: "{{keyword}} allows {{weak}}{{origin}}."
package sshd.crypto.macs

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, object.union(o.params, {"weak": concat(", ", weak)})) if {
	some o in sshd.occurrences("macs")
	weak := [name | some name in o.setting.algorithms; _weak(name)]
	count(weak) > 0
}

_weak(name) if regex.match(`md5|ripemd160|-96`, name)

_weak("hmac-sha1")
