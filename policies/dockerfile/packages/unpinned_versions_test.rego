package dockerfile.packages.unpinned_versions_test

import data.dockerfile.packages.unpinned_versions

test_fail_apt if {
	findings := unpinned_versions.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "-t", "bookworm-backports", "curl=7.88.1", "git"], "exec": ["apt-get", "install", "-y", "-t", "bookworm-backports", "curl=7.88.1", "git"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "commands", 0, "exec", 6]
	finding.params.packages == "git"
}

test_fail_apk_virtual if {
	findings := unpinned_versions.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apk", "add", "--no-cache", "--virtual", ".deps", "gcc", "musl-dev=1.2.5-r0"], "exec": ["apk", "add", "--no-cache", "--virtual", ".deps", "gcc", "musl-dev=1.2.5-r0"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.params.packages == "gcc"
}

test_fail_python_m_pip if {
	findings := unpinned_versions.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["python3", "-m", "pip", "install", "--no-cache-dir", "flask", "requests==2.32.3"], "exec": ["python3", "-m", "pip", "install", "--no-cache-dir", "flask", "requests==2.32.3"], "pipeline": 0, "parent": null}]}]}], "final_stage": 0}}
	some finding in findings
	finding.params.packages == "flask"
}

test_success_pinned if {
	findings := unpinned_versions.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["apt-get", "install", "-y", "curl=7.88.1"], "exec": ["apt-get", "install", "-y", "curl=7.88.1"], "pipeline": 0, "parent": null}, {"argv": ["apk", "add", "tini~0.19"], "exec": ["apk", "add", "tini~0.19"], "pipeline": 1, "parent": null}, {"argv": ["pip", "install", "a==1", "b @ https://x"], "exec": ["pip", "install", "a==1", "b @ https://x"], "pipeline": 2, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_files_and_variables if {
	findings := unpinned_versions.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "run", "line": 1, "args": ["..."], "flags": [], "json": false, "resolved": true, "commands": [{"argv": ["pip", "install", "-r", "requirements.txt", "."], "exec": ["pip", "install", "-r", "requirements.txt", "."], "pipeline": 0, "parent": null}, {"argv": ["apt-get", "install", "-y", "./pkg.deb", "$PACKAGES"], "exec": ["apt-get", "install", "-y", "./pkg.deb", "$PACKAGES"], "pipeline": 1, "parent": null}]}]}], "final_stage": 0}}
	count(findings) == 0
}
