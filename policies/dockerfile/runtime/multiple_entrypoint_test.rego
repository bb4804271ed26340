package dockerfile.runtime.multiple_entrypoint_test

import data.dockerfile.runtime.multiple_entrypoint

test_fail_three_times if {
	findings := multiple_entrypoint.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "entrypoint", "line": 1, "args": ["a"], "flags": [], "json": false, "resolved": true}, {"cmd": "entrypoint", "line": 1, "args": ["b"], "flags": [], "json": false, "resolved": true}, {"cmd": "entrypoint", "line": 4, "args": ["c"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 2
}

test_success_once if {
	findings := multiple_entrypoint.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "entrypoint", "line": 1, "args": ["a"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 1, "args": ["b"], "flags": [], "json": false, "resolved": true}, {"cmd": "cmd", "line": 1, "args": ["c"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}
