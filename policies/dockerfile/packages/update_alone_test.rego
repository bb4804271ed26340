package dockerfile.packages.update_alone_test

import data.dockerfile.packages.update_alone

test_fail_apt_update if {
	findings := update_alone.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "update"], "exec": ["apt-get", "update"], "pipeline": 0, "parent": null}]}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 1]
}

test_fail_apk_update if {
	findings := update_alone.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "update"], "exec": ["apk", "update"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_update_and_install if {
	findings := update_alone.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "update"], "exec": ["apt-get", "update"], "pipeline": 0, "parent": null}, {"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 1, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_update_and_upgrade if {
	findings := update_alone.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "-q", "update"], "exec": ["apt-get", "-q", "update"], "pipeline": 0, "parent": null}, {"argv": ["apt-get", "-y", "upgrade"], "exec": ["apt-get", "-y", "upgrade"], "pipeline": 1, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
