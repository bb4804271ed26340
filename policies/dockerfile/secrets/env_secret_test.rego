package dockerfile.secrets.env_secret_test

import data.dockerfile.secrets.env_secret

test_fail_password if {
	findings := env_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "env", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "APP_ENV", "value": "prod", "literal": true}, {"key": "DB_PASSWORD", "value": "hunter2", "literal": true}]}]}], "final_stage": 0}}
	some finding in findings
	finding.path == ["stages", 0, "instructions", 1, "pairs", 1, "value"]
}

test_fail_api_key if {
	findings := env_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "env", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "STRIPE_API_KEY", "value": "sk_live_abc", "literal": true}]}]}], "final_stage": 0}}
	count(findings) > 0
}

test_success_from_variable if {
	findings := env_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "env", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "DB_PASSWORD", "value": "${DB_PASSWORD}", "literal": false}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_public_gpg_and_file_names if {
	findings := env_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "env", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "GPG_KEY", "value": "A035C8C1", "literal": true}, {"key": "PUBLIC_KEY", "value": "ssh-ed25519 AAAA", "literal": true}, {"key": "TOKEN_FILE", "value": "/run/secrets/token", "literal": true}]}]}], "final_stage": 0}}
	count(findings) == 0
}

test_success_empty if {
	findings := env_secret.deny with input as {"document": {"directives": {}, "args": [], "stages": [{"index": 0, "name": null, "from": {"reference": "alpine:3.20", "image": "alpine", "tag": "3.20", "digest": null, "stage": null, "scratch": false, "resolved": true}, "lineage": [0], "instructions": [{"cmd": "from", "line": 1, "args": ["alpine:3.20"], "flags": [], "json": false, "resolved": true}, {"cmd": "env", "line": 1, "args": [], "flags": [], "json": false, "resolved": true, "pairs": [{"key": "AUTH_TOKEN", "value": "", "literal": true}]}]}], "final_stage": 0}}
	count(findings) == 0
}
