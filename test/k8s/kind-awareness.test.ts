// Pod rules run only on the kinds that carry a pod: every K8S-WL-* and K8S-PSS-* rule of the
// catalog (so rules added later are covered too) is silent on Namespace, ServiceAccount, Service,
// ConfigMap, a CRD and a custom kind that reuses a workload's name in its own API group.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { run } from '../../src/engine/run.js';
import type { RuleMeta } from '../../src/findings/finding.js';
import { tempDir } from '../helpers.js';

const repo = join(import.meta.dirname, '../../..');
const nonPodKinds = 'test/fixtures/k8s/workload/non-pod-kinds.yaml';
const catalog = JSON.parse(readFileSync(join(repo, 'policies/dist/catalog.json'), 'utf8')) as RuleMeta[];
const podRules = new Set(catalog.filter((rule) => rule.kind === 'k8s' && /^K8S-(WL|PSS)-/.test(rule.id)).map((rule) => rule.id));

const check = (cwd: string, path: string) => run({ cwd, paths: [path], bundles: [], builtin: true, profiles: [], formatOptions: {}, threads: 1 });

describe('kind-awareness', () => {
  test('no workload or Pod Security rule fires on kinds without a pod', async () => {
    assert.ok(podRules.size >= 37, `the catalog lists ${podRules.size} workload and PSS rules`);
    const result = await check(repo, nonPodKinds);
    assert.deepEqual(result.errors, []);
    const fired = result.findings.filter((finding) => podRules.has(finding.ruleId));
    assert.deepEqual(fired.map((finding) => `${finding.ruleId} on ${finding.resource}`), []);
  });

  test('the look-alike becomes a workload, and trips those rules, once it is in the apps group', async () => {
    const text = readFileSync(join(repo, nonPodKinds), 'utf8');
    assert.match(text, /^apiVersion: apps\.example\.com\/v1$/m);
    const dir = tempDir({ 'real.yaml': text.replace(/^apiVersion: apps\.example\.com\/v1$/m, 'apiVersion: apps/v1') });
    const result = await check(dir, 'real.yaml');
    const fired = new Set(result.findings.filter((finding) => podRules.has(finding.ruleId)).map((finding) => finding.resource));
    assert.deepEqual([...fired], ['Deployment/default/lookalike']);
    const ids = new Set(result.findings.map((finding) => finding.ruleId));
    for (const id of ['K8S-WL-006', 'K8S-WL-010', 'K8S-WL-012', 'K8S-WL-014', 'K8S-WL-016', 'K8S-WL-017', 'K8S-PSS-004', 'K8S-PSS-005']) {
      assert.ok(ids.has(id), `${id} should fire on the real Deployment`);
    }
  });
});
