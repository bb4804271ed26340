package k8s.workload.image_digest_test

import data.k8s.workload.image_digest
import data.lib.k8s_test

test_fail_tag_only if {
	spec := {"containers": [{"name": "a", "image": "app:1.2"}, {"name": "b", "image": "app@sha256:0123"}]}
	findings := image_digest.deny with input as k8s_test.cronjob(spec)
	k8s_test.paths(findings) == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "image"]}
	{f.params.image | some f in findings} == {"app:1.2"}
}

test_success_digest if {
	count(image_digest.deny) == 0 with input as k8s_test.pod({"containers": [{"name": "a", "image": "app:1.2@sha256:0123"}]})
}
