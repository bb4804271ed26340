package k8s.workload.literal_secret_env_test

import data.k8s.workload.literal_secret_env
import data.lib.k8s_test

test_fail_literal_secrets if {
	env := [
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "LOG_LEVEL", "value": "debug"},
		{"name": "github_token", "value": "ghp_abc"},
		{"name": "STRIPE_API_KEY", "value": "sk_live_x"},
		{"name": "ClientSecret", "value": "s3cr3t"},
		{"name": "SECRET_KEY_BASE", "value": "f00dfeed"},
	]
	findings := literal_secret_env.deny with input as k8s_test.pod({"containers": [{"name": "app", "env": env}]})
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "env", 0, "value"],
		["spec", "containers", 0, "env", 2, "value"],
		["spec", "containers", 0, "env", 3, "value"],
		["spec", "containers", 0, "env", 4, "value"],
		["spec", "containers", 0, "env", 5, "value"],
	}
	{f.params.name | some f in findings} == {"DB_PASSWORD", "github_token", "STRIPE_API_KEY", "ClientSecret", "SECRET_KEY_BASE"}
}

test_success_references_and_settings if {
	env := [
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
		{"name": "TOKEN_URL", "value": "https://auth.example/token"},
		{"name": "SECRET_NAME", "value": "db-credentials"},
		{"name": "TOKEN_TTL", "value": "3600"},
		{"name": "PASSWORD_AUTH", "value": "false"},
		{"name": "API_KEY", "value": "$(SHARED_API_KEY)"},
		{"name": "API_KEY", "value": ""},
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},
		{"name": "TOKENIZER_MODEL", "value": "bert-base"},
	]
	count(literal_secret_env.deny) == 0 with input as k8s_test.deployment({"containers": [{"name": "app", "env": env}]})
}
