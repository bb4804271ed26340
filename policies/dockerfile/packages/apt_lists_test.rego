package dockerfile.packages.apt_lists_test

import data.dockerfile.packages.apt_lists

test_fail_not_removed if {
	findings := apt_lists.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 1]
}

test_success_removed if {
	findings := apt_lists.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "update"], "exec": ["apt-get", "update"], "pipeline": 0, "parent": null}, {"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}, {"argv": ["rm", "-rf", "/var/lib/apt/lists/*"], "exec": ["rm", "-rf", "/var/lib/apt/lists/*"], "pipeline": 2, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_cache_mount if {
	findings := apt_lists.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [{"name": "mount", "value": "type=cache,target=/var/lib/apt"}], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_fail_other_mount if {
	findings := apt_lists.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [{"name": "mount", "value": "type=cache,target=/root/.cache"}], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}
