package dockerfile.run.setuid_test

import data.dockerfile.run.setuid

test_fail_octal if {
	findings := setuid.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "4755", "/usr/bin/x"], "exec": ["chmod", "4755", "/usr/bin/x"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 1]
}

test_fail_symbolic if {
	findings := setuid.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "u+s", "/usr/bin/x"], "exec": ["chmod", "u+s", "/usr/bin/x"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_plain_modes if {
	findings := setuid.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "0755", "/usr/bin/x"], "exec": ["chmod", "0755", "/usr/bin/x"], "pipeline": 0, "parent": null}, {"argv": ["chmod", "1777", "/tmp"], "exec": ["chmod", "1777", "/tmp"], "pipeline": 0, "parent": null}, {"argv": ["chmod", "-R", "go-w", "/app"], "exec": ["chmod", "-R", "go-w", "/app"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
