package dockerfile.run.insecure_security_test

import data.dockerfile.run.insecure_security

test_fail_insecure if {
	findings := insecure_security.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [{"name": "security", "value": "insecure"}], "json": false, "resolved": true, "commands": [{"argv": ["mount", "-a"], "exec": ["mount", "-a"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "flags", 0]
}

test_success_sandbox if {
	findings := insecure_security.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [{"name": "security", "value": "sandbox"}, {"name": "network", "value": "none"}], "json": false, "resolved": true, "commands": [{"argv": ["true"], "exec": ["true"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
