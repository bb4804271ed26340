# METADATA
# title: Require Secrets as files rather than environment variables
# description: >-
#   Environment variables leak into crash dumps, child processes, logs and `kubectl describe`;
#   a Secret mounted as a file does not, and is updated in place when the Secret changes.
# custom:
#   id: K8S-WL-015
#   severity: low
#   controls: ["cis-k8s:5.4.1"]
#   remediation: Mount the Secret as a volume and have the application read the file.
#   message: "{{target}} reads {{what}} into its environment."
package k8s.workload.secret_env

import data.lib.k8s
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "what": what}) if {
	some c in k8s.containers
	some i, variable in c.container.env
	reference := variable.valueFrom.secretKeyRef
	path := array.concat(c.path, ["env", i, "valueFrom", "secretKeyRef"])
	what := concat("", ["Secret ", k8s.text(object.get(reference, "name", "")), " as ", k8s.text(object.get(variable, "name", ""))])
}

deny contains result.finding(rego.metadata.chain(), path, {"target": c.target, "what": what}) if {
	some c in k8s.containers
	some i, source in c.container.envFrom
	reference := source.secretRef
	path := array.concat(c.path, ["envFrom", i, "secretRef"])
	what := concat("", ["every key of Secret ", k8s.text(object.get(reference, "name", ""))])
}
