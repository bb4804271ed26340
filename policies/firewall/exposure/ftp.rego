# METADATA
# title: Disallow FTP from any source
# description: >-
#   FTP sends credentials in clear text and its data connections complicate filtering; open to
#   anyone it invites credential theft and abuse as a drop site.
# custom:
#   id: FW-005
#   severity: high
#   controls: []
#   remediation: >-
#     Remove the rule; use SFTP, or accept FTP only from the networks that need it.
#   message: "{{rule}} accepts {{services}} from any source."
package firewall.exposure.ftp

import data.lib.firewall
import data.lib.result

_services := [
	{"label": "FTP (TCP 21)", "port": 21, "protocol": "tcp"},
	{"label": "FTP data (TCP 20)", "port": 20, "protocol": "tcp"},
]

deny contains result.finding(rego.metadata.chain(), e.path, e.params) if {
	some e in firewall.exposed(_services)
}
