import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildPolicyBundle, opaPath } from '../../src/authoring/build.js';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';


/** A bundle (built as `policy build` does) with one run-scope rule: a Service whose selector matches no pod template. */
function runRuleBundle(): string {
  const dir = tempDir({
    'k8s/test/orphan_service.rego': `# METADATA
# title: Require Services to select a workload
# description: test rule
# custom:
#   id: TEST-RUN-001
#   severity: high
#   remediation: fix the selector
#   message: "Service {{name}} selects no pod template in this change."
package k8s.test.orphan_service

import data.lib.result

deny_run contains result.run_finding(rego.metadata.chain(), doc.id, ["spec", "selector"], {"name": doc.facts.metadata.name}) if {
	some doc in input.documents
	doc.facts.kind == "Service"
	selector := doc.facts.spec.selector
	not _selected(selector)
}

_selected(selector) if {
	some other in input.documents
	labels := object.get(other.facts, ["spec", "template", "metadata", "labels"], {})
	every key, value in selector { labels[key] == value }
}
`,
  });
  const out = join(tempDir(), 'bundle.tar.gz');
  buildPolicyBundle(dir, out, { binary: opaPath(), cwd: dir });
  return out;
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;
const service = (app: string) => `apiVersion: v1
kind: Service
metadata: {name: svc-${app}}
spec:
  selector:
    app: ${app}
`;

describe('run-scope rules', () => {
  test('see the facts of every document of the run, across files, and are located in the right file', async () => {
    const bundle = runRuleBundle();
    const dir = tempDir({ 'deploy.yaml': deployment, 'services.yaml': `${service('web')}---\n${service('api')}` });
    copyFileSync(bundle, join(dir, 'rules.tar.gz'));
    // A relative --bundle resolves against the run's working directory.
    const { code, stdout } = await runCli(['check', '.', '--no-builtin', '--bundle', 'rules.tar.gz', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(report.errors, []);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((finding) => [finding.ruleId, finding.resource, finding.location.file, finding.location.startLine, finding.message]),
      [['TEST-RUN-001', 'Service/svc-api', 'services.yaml', 12, 'Service svc-api selects no pod template in this change.']],
    );
  });

  test('give the same result when the document pass runs in worker threads', async () => {
    const bundle = runRuleBundle();
    const files: Record<string, string> = { 'deploy.yaml': deployment };
    for (let i = 0; i < 70; i++) files[`svc-${i}.yaml`] = service(i === 42 ? 'nothing' : 'web');
    const dir = tempDir(files);
    const { stdout } = await runCli(['check', '.', '--no-builtin', '--bundle', bundle, '--format', 'json', '--threads', '2'], { cwd: dir });
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(report.findings.map((finding) => [finding.location.file, finding.location.startLine]), [['svc-42.yaml', 5]]);
  });
});
