package dockerfile.files.add_local_test

import data.dockerfile.files.add_local

test_fail_file if {
	findings := add_local.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["app.conf", "scripts/", "/etc/app/"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "args", 0]
}

test_success_archive_url_heredoc if {
	findings := add_local.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["rootfs.tar.xz", "/"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["https://x/y", "/y"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["<<EOF", "/z"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_unresolved if {
	findings := add_local.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "add", "line": 1, "args": ["$SRC", "/x"], "flags": [], "json": false, "resolved": false}]}], "final_stage": 0}}
	count(findings) == 0
}
