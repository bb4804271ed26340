package k8s.workload.image_tag_test

import data.k8s.workload.image_tag
import data.lib.k8s_test

test_fail_latest_or_no_tag if {
	spec := {
		"initContainers": [{"name": "init", "image": "busybox"}],
		"containers": [{"name": "app", "image": "registry.example:5000/app:latest"}, {"name": "ok", "image": "app:1.2"}],
	}
	findings := image_tag.deny with input as k8s_test.pod(spec)
	k8s_test.paths(findings) == {["spec", "initContainers", 0, "image"], ["spec", "containers", 0, "image"]}
	{f.params.problem | some f in findings} == {"no tag, which means latest", "the tag latest"}
}

test_success_version_tag_or_digest if {
	spec := {"containers": [{"name": "a", "image": "app:1.2"}, {"name": "b", "image": "app:latest@sha256:0123"}, {"name": "c", "image": "registry.example:5000/app@sha256:0123"}]}
	count(image_tag.deny) == 0 with input as k8s_test.deployment(spec)
}

test_success_missing_image_is_not_judged if {
	count(image_tag.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "a"}, {"name": "b", "image": ""}]})
}
