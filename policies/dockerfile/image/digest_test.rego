package dockerfile.image.digest_test

import data.dockerfile.image.digest

test_fail_tag_only if {
	findings := digest.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "from"]
}

test_fail_builder_stage if {
	findings := digest.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "build", "from": {"reference": "golang:1.22", "image": "golang", "tag": "1.22", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20@sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "image": "alpine", "tag": "3.20", "digest": "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	some finding in findings
	finding.path == ["stages", 0, "from"]
}

test_success_digest if {
	findings := digest.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20@sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "image": "alpine", "tag": "3.20", "digest": "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_stage_reference if {
	findings := digest.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "base", "from": {"reference": "alpine:3.20@sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "image": "alpine", "tag": "3.20", "digest": "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}, {"index": 1, "name": null, "from": {"reference": "base", "image": "base", "tag": null, "digest": null, "stage": 0, "scratch": false, "resolved": true}, "lineage": [0, 1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
