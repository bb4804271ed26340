package dockerfile.files.copy_context_test

import data.dockerfile.files.copy_context

test_fail_final_stage if {
	findings := copy_context.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "build", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": [".", "."], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": ["/out", "/app"], "flags": [{"name": "from", "value": "build"}], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": ["./", "/app/"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	some finding in findings
	finding.path == ["stages", 1, "instructions", 2, "args", 0]
}

test_success_single_stage if {
	findings := copy_context.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": [".", "."], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_artifacts_only if {
	findings := copy_context.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "build", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": [".", "."], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "copy", "line": 1, "args": [".", "/app"], "flags": [{"name": "from", "value": "build"}], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
