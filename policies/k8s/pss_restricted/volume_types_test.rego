package k8s.pss_restricted.volume_types_test

import data.k8s.pss_restricted.volume_types
import data.lib.k8s_test

test_fail_volume_types_outside_the_restricted_set if {
	spec := {
		"containers": [{"name": "a"}],
		"volumes": [
			{"name": "config", "configMap": {"name": "c"}},
			{"name": "host", "hostPath": {"path": "/data"}},
			{"name": "share", "nfs": {"server": "nfs.example", "path": "/export"}},
			{"name": "repo", "gitRepo": {"repository": "https://example.com/r.git"}},
			{"name": "disk", "awsElasticBlockStore": {"volumeID": "vol-1"}},
		],
	}
	findings := volume_types.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {
		["spec", "volumes", 1, "hostPath"],
		["spec", "volumes", 2, "nfs"],
		["spec", "volumes", 3, "gitRepo"],
		["spec", "volumes", 4, "awsElasticBlockStore"],
	}
	{[f.params.volume, f.params.type] | some f in findings} == {["host", "hostPath"], ["share", "nfs"], ["repo", "gitRepo"], ["disk", "awsElasticBlockStore"]}
}

test_fail_in_cronjob if {
	spec := {"containers": [{"name": "a"}], "volumes": [{"name": "ceph", "cephfs": {"monitors": ["10.0.0.1:6789"]}}]}
	k8s_test.paths(volume_types.deny) == {["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "cephfs"]} with input as k8s_test.cronjob(spec)
}

test_success_allowed_types if {
	volumes := [
		{"name": "a", "configMap": {"name": "c"}},
		{"name": "b", "csi": {"driver": "secrets-store.csi.k8s.io"}},
		{"name": "c", "downwardAPI": {"items": []}},
		{"name": "d", "emptyDir": {}},
		{"name": "e", "ephemeral": {"volumeClaimTemplate": {"spec": {}}}},
		{"name": "f", "image": {"reference": "registry.example/data:1"}},
		{"name": "g", "persistentVolumeClaim": {"claimName": "data"}},
		{"name": "h", "projected": {"sources": []}},
		{"name": "i", "secret": {"secretName": "s"}},
	]
	count(volume_types.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "x"}], "volumes": volumes})
}

# The API server turns a volume without a source into an emptyDir.
test_success_volume_without_source if {
	count(volume_types.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "x"}], "volumes": [{"name": "scratch"}]})
}
