# METADATA
# title: Disallow secrets as literal environment values
# description: >-
#   A password, token or key written into the manifest is readable by everyone who can read the
#   workload, its Git history and its rendered charts, and cannot be rotated without a rollout.
#   Names that point at a secret or describe it (DB_PASSWORD_FILE, TOKEN_URL, AWS_ACCESS_KEY_ID)
#   and values that are numbers, booleans or $(VAR) references are not taken for secrets. The
#   message never repeats the value.
# custom:
#   id: K8S-WL-014
#   severity: high
#   controls: ["nsa-k8s:network/secrets"]
#   remediation: >-
#     Move the value into a Secret (or an external secret store) and mount it as a file, or
#     reference it with valueFrom.secretKeyRef; then rotate the exposed value.
#   message: "{{target}} sets environment variable {{name}} to a literal value that looks like a secret."
package k8s.workload.literal_secret_env

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "name": variable.name}) if {
	some c in k8s.containers
	some i, variable in c.container.env
	regex.match(_secret_name, variable.name)
	not regex.match(_reference_name, variable.name)
	is_string(variable.value)
	variable.value != ""
	not regex.match(_plain_value, variable.value)
	path := array.concat(c.path, ["env", i, "value"])
}

# A secret word that ends the name or a part of it: TOKENIZER_MODEL is not a token.
_secret_name := `(?i)(passw(or)?d|secret|token|api[-_]?key|private[-_]?key|credentials?|access[-_]?key)([^a-z]|$)`

# Names that hold where a secret is, or a setting about it, rather than the secret.
_reference_name := `(?i)[-_](file|path|dir|name|ref|id|url|uri|endpoint|host|port|user|username|type|ttl|length|timeout)$`

_plain_value := `(?i)^(true|false|yes|no|on|off|null|none|[0-9]+|\$\([A-Za-z_][A-Za-z0-9_]*\))$`
