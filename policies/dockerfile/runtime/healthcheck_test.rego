package dockerfile.runtime.healthcheck_test

import data.dockerfile.runtime.healthcheck

test_fail_missing if {
	findings := healthcheck.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "other", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "healthcheck", "line": 1, "args": ["CMD", "true"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	some finding in findings
	finding.path == ["stages", 1]
}

test_fail_none if {
	findings := healthcheck.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "healthcheck", "line": 1, "args": ["CMD", "true"], "flags": [], "json": false, "resolved": true}, {"cmd": "healthcheck", "line": 1, "args": ["NONE"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 2]
}

test_success_present if {
	findings := healthcheck.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "healthcheck", "line": 1, "args": ["CMD", "/app", "-healthcheck"], "flags": [], "json": true, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_inherited if {
	findings := healthcheck.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "base", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "healthcheck", "line": 1, "args": ["CMD", "true"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "base", "image": "base", "tag": null, "digest": null, "stage": 0, "scratch": false, "resolved": true}, "lineage": [0, 1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
