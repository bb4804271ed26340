package k8s.workload.secret_env_test

import data.k8s.workload.secret_env
import data.lib.k8s_test

test_fail_secret_in_environment if {
	container := {
		"name": "app",
		"env": [{"name": "PLAIN", "value": "x"}, {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}],
		"envFrom": [{"configMapRef": {"name": "settings"}}, {"secretRef": {"name": "api"}}],
	}
	findings := secret_env.deny with input as k8s_test.pod({"containers": [container]})
	k8s_test.paths(findings) == {
		["spec", "containers", 0, "env", 1, "valueFrom", "secretKeyRef"],
		["spec", "containers", 0, "envFrom", 1, "secretRef"],
	}
	{f.params.what | some f in findings} == {"Secret db as DB_PASSWORD", "every key of Secret api"}
}

test_success_config_maps_and_files if {
	container := {
		"name": "app",
		"env": [{"name": "MODE", "valueFrom": {"configMapKeyRef": {"name": "settings", "key": "mode"}}}],
		"envFrom": [{"configMapRef": {"name": "settings"}}],
		"volumeMounts": [{"name": "db", "mountPath": "/run/secrets/db"}],
	}
	spec := {"containers": [container], "volumes": [{"name": "db", "secret": {"secretName": "db"}}]}
	count(secret_env.deny) == 0 with input as k8s_test.deployment(spec)
}
