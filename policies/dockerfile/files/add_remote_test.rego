package dockerfile.files.add_remote_test

import data.dockerfile.files.add_remote

test_fail_url if {
	findings := add_remote.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["https://example.com/tool", "/usr/local/bin/tool"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "args", 0]
}

test_success_checksum if {
	findings := add_remote.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["https://example.com/tool", "/tool"], "flags": [{"name": "checksum", "value": "sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"}], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_local if {
	findings := add_remote.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["tool", "/tool"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}
