# METADATA
# title: Require pinned package versions
# description: >-
#   apt-get install, apk add and pip install without versions install whatever is newest at
#   build time: two builds of the same commit can differ, and a regression or a malicious
#   release enters the image without a change to review. Files, URLs and variables are not
#   reported.
# custom:
#   id: DOCKER-014
#   severity: low
#   controls: []
#   remediation: >-
#     Pin versions (apt: pkg=1.2.3-1, apk: pkg=1.2.3-r0, pip: pkg==1.2.3, or a requirements or
#     constraints file with hashes), and update them deliberately.
#   message: "Packages installed without a pinned version: {{packages}}."
package dockerfile.packages.unpinned_versions

import data.lib.dockerfile
import data.lib.result

deny contains result.finding(rego.metadata.chain(), array.concat(install.entry.path, ["exec", unpinned[0]]), params) if {
	some install in dockerfile.installs
	exec := install.entry.command.exec
	unpinned := [j | some j in install.packages; _unpinned(install.manager, exec[j])]
	count(unpinned) > 0
	params := {"packages": concat(", ", [exec[j] | some j in unpinned])}
}

_unpinned(manager, word) if {
	dockerfile.package_name(word)
	not _pinned(manager, word)
}

_pinned("apt", word) if contains(word, "=")

_pinned("apk", word) if regex.match(`[=<>~]`, word)

_pinned("pip", word) if regex.match(`==|@`, word)
