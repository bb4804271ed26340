package k8s.workload.recommended_labels_test

import data.k8s.workload.recommended_labels
import data.lib.k8s_test

test_fail_missing_labels if {
	findings := recommended_labels.deny with input as k8s_test.pod_with_metadata({"name": "p", "labels": {"app": "p"}}, {"containers": []})
	k8s_test.paths(findings) == {["metadata", "labels"]}
	{f.params.labels | some f in findings} == {"app.kubernetes.io/name or owner (or team)"}
}

test_fail_no_labels_at_all if {
	findings := recommended_labels.deny with input as k8s_test.deployment({"containers": []})
	{[f.path, f.params.labels] | some f in findings} == {[["metadata", "labels"], "app.kubernetes.io/name or owner (or team)"]}
}

test_fail_one_label_missing if {
	metadata := {"name": "p", "labels": {"owner": "payments"}}
	{f.params.labels | some f in recommended_labels.deny} == {"app.kubernetes.io/name"} with input as k8s_test.pod_with_metadata(metadata, {"containers": []})
}

test_success_labels_present if {
	metadata := {"name": "p", "labels": {"app.kubernetes.io/name": "shop", "team": "payments"}}
	count(recommended_labels.deny) == 0 with input as k8s_test.pod_with_metadata(metadata, {"containers": []})
}

test_success_not_a_workload if {
	count(recommended_labels.deny) == 0 with input as k8s_test.envelope({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}})
}
