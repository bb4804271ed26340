# METADATA
# title: Disallow weak SSH key exchange algorithms
# description: >-
#   diffie-hellman-group1-sha1 uses a 1024-bit group within reach of precomputation (Logjam),
#   and the SHA-1 variants of group14 and group exchange rest on a broken hash.
# custom:
#   id: SSHD-024
#   severity: medium
#   controls: ["cis-sshd:5.2.15", "devsec-ssh:sshd-02"]
#   remediation: >-
#     Set `KexAlgorithms
#     sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512`
#     in sshd_config.
#   message: "{{keyword}} allows {{weak}}{{origin}}."
package sshd.crypto.kex

import data.lib.result
import data.lib.sshd

deny contains result.finding(rego.metadata.chain(), o.path, object.union(o.params, {"weak": concat(", ", weak)})) if {
	some o in sshd.occurrences("kexalgorithms")
	weak := [name | some name in o.setting.algorithms; _weak(name)]
	count(weak) > 0
}

_weak(name) if name in {"diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1", "diffie-hellman-group-exchange-sha1"}
