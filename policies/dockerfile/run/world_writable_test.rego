package dockerfile.run.world_writable_test

import data.dockerfile.run.world_writable

test_fail_chmod_777 if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "-R", "777", "/app"], "exec": ["chmod", "-R", "777", "/app"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 2]
}

test_fail_chmod_0666 if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "0666", "/app/x"], "exec": ["chmod", "0666", "/app/x"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_fail_symbolic if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "u+x,o+w", "/app"], "exec": ["chmod", "u+x,o+w", "/app"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_sticky if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "1777", "/tmp"], "exec": ["chmod", "1777", "/tmp"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_ordinary if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["chmod", "755", "/app"], "exec": ["chmod", "755", "/app"], "pipeline": 0, "parent": null}, {"argv": ["chmod", "u+w,g-w", "/app"], "exec": ["chmod", "u+w,g-w", "/app"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_not_chmod if {
	findings := world_writable.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["echo", "777"], "exec": ["echo", "777"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
