# METADATA
# title: Disallow weak SSH ciphers
# description: >-
#   CBC-mode ciphers are open to plaintext-recovery attacks on SSH, and arcfour, 3DES, Blowfish
#   and CAST are broken or have 64-bit blocks.
# custom:
#   id: SSHD-022
#   severity: high
#   controls: ["cis-sshd:5.2.13", "devsec-ssh:sshd-01"]
#   remediation: >-
#     Set `Ciphers
#     chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr`
#     in sshd_config.
#   message: "{{keyword}} allows {{weak}}{{origin}}."
package sshd.crypto.ciphers

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, object.union(o.params, {"weak": concat(", ", weak)})) if {
	some o in sshd.occurrences("ciphers")
	weak := [name | some name in o.setting.algorithms; _weak(name)]
	count(weak) > 0
}

_weak(name) if contains(name, "-cbc")

_weak(name) if regex.match(`^(arcfour|3des|blowfish|cast128|des)`, name)
