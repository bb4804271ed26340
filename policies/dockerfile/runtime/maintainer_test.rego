package dockerfile.runtime.maintainer_test

import data.dockerfile.runtime.maintainer

test_fail_maintainer if {
	findings := maintainer.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "maintainer", "line": 1, "args": ["Jane <jane@example.com>"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1]
}

test_success_label if {
	findings := maintainer.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "label", "line": 1, "args": ["org.opencontainers.image.authors=Jane"], "flags": [], "json": false, "resolved": true}]}], "final_stage": 0}}
	count(findings) == 0
}
