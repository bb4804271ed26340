package dockerfile.run.pipe_to_shell_test

import data.dockerfile.run.pipe_to_shell

test_fail_curl_pipe_bash if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["curl", "-fsSL", "https://x/setup"], "exec": ["curl", "-fsSL", "https://x/setup"], "pipeline": 0, "parent": null}, {"argv": ["bash", "-"], "exec": ["bash", "-"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0]
}

test_fail_wget_tee_sudo_sh if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["wget", "-qO-", "https://x"], "exec": ["wget", "-qO-", "https://x"], "pipeline": 0, "parent": null}, {"argv": ["tee", "/tmp/log"], "exec": ["tee", "/tmp/log"], "pipeline": 0, "parent": null}, {"argv": ["sudo", "sh"], "exec": ["sh"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_fail_substitution if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["sh", "-c", "$(curl -fsSL https://x)"], "exec": ["sh", "-c", "$(curl -fsSL https://x)"], "pipeline": 0, "parent": null}, {"argv": ["curl", "-fsSL", "https://x"], "exec": ["curl", "-fsSL", "https://x"], "pipeline": 1, "parent": 0}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_fail_python if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["curl", "https://bootstrap.pypa.io/get-pip.py"], "exec": ["curl", "https://bootstrap.pypa.io/get-pip.py"], "pipeline": 0, "parent": null}, {"argv": ["python3"], "exec": ["python3"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_different_pipelines if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["curl", "-o", "/tmp/i.sh", "https://x"], "exec": ["curl", "-o", "/tmp/i.sh", "https://x"], "pipeline": 0, "parent": null}, {"argv": ["sh", "/tmp/i.sh"], "exec": ["sh", "/tmp/i.sh"], "pipeline": 1, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_pipe_to_tar if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["curl", "https://x.tgz"], "exec": ["curl", "https://x.tgz"], "pipeline": 0, "parent": null}, {"argv": ["tar", "-xz"], "exec": ["tar", "-xz"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_shell_before_download if {
	findings := pipe_to_shell.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["sh", "-c", "true"], "exec": ["sh", "-c", "true"], "pipeline": 0, "parent": null}, {"argv": ["curl", "https://x"], "exec": ["curl", "https://x"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
