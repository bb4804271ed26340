package dockerfile.image.latest_tag_test

import data.dockerfile.image.latest_tag

test_fail_no_tag if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "ubuntu", "image": "ubuntu", "tag": null, "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "from"]
}

test_fail_latest if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "build", "from": {"reference": "node:latest", "image": "node", "tag": "latest", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	some finding in findings
	finding.path == ["stages", 0, "from"]
}

test_success_versioned_tag if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_latest_pinned_by_digest if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:latest@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "image": "alpine", "tag": "latest", "digest": "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_unresolved if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": null, "image": null, "tag": null, "digest": null, "stage": null, "scratch": false, "resolved": false}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_scratch_and_stage if {
	findings := latest_tag.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "base", "from": {"reference": "scratch", "image": null, "tag": null, "digest": null, "stage": null, "scratch": true, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "base", "image": "base", "tag": null, "digest": null, "stage": 0, "scratch": false, "resolved": true}, "lineage": [0, 1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
