package dockerfile.secrets.arg_secret_test

import data.dockerfile.secrets.arg_secret

test_fail_global_arg if {
	findings := arg_secret.deny with input as {"document": {"directives": {}, "args": [{"cmd": "arg", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "NPM_TOKEN", "value": "npm_abc", "literal": true}]}], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["args", 0, "pairs", 0, "value"]
}

test_fail_stage_arg if {
	findings := arg_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "arg", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "AWS_SECRET_ACCESS_KEY", "value": "wJalr", "literal": true}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "pairs", 0, "value"]
}

test_success_no_default if {
	findings := arg_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "arg", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "NPM_TOKEN", "value": null, "literal": false}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_not_secret_name if {
	findings := arg_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "arg", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "KEYBOARD_LAYOUT", "value": "us", "literal": true}, {"key": "MONKEY", "value": "1", "literal": true}]}]}], "final_stage": 0}}
	count(findings) == 0
}
