package dockerfile.user.sudo_test

import data.dockerfile.user.sudo

test_fail_sudo if {
	findings := sudo.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["sudo", "apt-get", "install", "-y", "curl"], "exec": ["apt-get", "install", "-y", "curl"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "argv", 0]
}

test_fail_sudo_by_path if {
	findings := sudo.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["/usr/bin/sudo", "id"], "exec": ["id"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_sudo_as_argument if {
	findings := sudo.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "sudo"], "exec": ["apk", "add", "sudo"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
