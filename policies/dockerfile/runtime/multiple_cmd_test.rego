package dockerfile.runtime.multiple_cmd_test

import data.dockerfile.runtime.multiple_cmd

test_fail_twice if {
	findings := multiple_cmd.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 2, "args": ["a"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 3, "args": ["b"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	{[f.path, f.params.line] | some f in findings} == {[["stages", 0, "instructions", 1], 3]}
}

test_success_once_per_stage if {
	findings := multiple_cmd.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "test", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 1, "args": ["a"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 1, "args": ["b"], "flags": [], "json": false, "resolved": true}, {"cmd": "entrypoint", "line": 1, "args": ["c"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
