package dockerfile.packages.apk_cache_test

import data.dockerfile.packages.apk_cache

test_fail_missing if {
	findings := apk_cache.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "curl=8.9.0-r0"], "exec": ["apk", "add", "curl=8.9.0-r0"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 1]
}

test_success_no_cache if {
	findings := apk_cache.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "--no-cache", "curl"], "exec": ["apk", "add", "--no-cache", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_removed if {
	findings := apk_cache.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "curl"], "exec": ["apk", "add", "curl"], "pipeline": 0, "parent": null}, {"argv": ["rm", "-rf", "/var/cache/apk/*"], "exec": ["rm", "-rf", "/var/cache/apk/*"], "pipeline": 1, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_builder_stage if {
	findings := apk_cache.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": "build", "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "gcc"], "exec": ["apk", "add", "gcc"], "pipeline": 0, "parent": null}]}]}, {"index": 1, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [1], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 1}}
	count(findings) == 0
}
