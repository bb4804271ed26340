package dockerfile.files.workdir_relative_test

import data.dockerfile.files.workdir_relative

test_fail_relative if {
	findings := workdir_relative.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "workdir", "line": 1, "args": ["app"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "args", 0]
}

test_success_absolute if {
	findings := workdir_relative.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "workdir", "line": 1, "args": ["/app"], "flags": [], "json": false, "resolved": true}, {"cmd": "workdir", "line": 1, "args": ["C:\\app"], "flags": [], "json": false, "resolved": true}, {"cmd": "workdir", "line": 1, "args": ["c:/app"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_unresolved if {
	findings := workdir_relative.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "workdir", "line": 1, "args": ["$HOME/app"], "flags": [], "json": false, "resolved": false}]}], "final_stage": 0}}
	count(findings) == 0
}
