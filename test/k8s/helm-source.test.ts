import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { helmSource } from '../../src/formats/k8s/index.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '../../../test/k8s/fixtures/helm');
const rendered = readFileSync(join(fixtures, 'rendered.yaml'), 'utf8');
const kustomized = readFileSync(join(fixtures, 'kustomized.yaml'), 'utf8');

/** The 1-based line of the first line of `text` at or after line `after` that contains `needle`. */
function lineOf(text: string, needle: string, after = 1): number {
  const index = text.split('\n').findIndex((line, i) => i + 1 >= after && line.includes(needle));
  assert.ok(index >= 0, `${needle} not in the fixture`);
  return index + 1;
}

async function checkStream(stdin: string, ...format: string[]): Promise<{ code: number; stdout: string }> {
  return runCli(['check', '-', '--stdin-filename', 'shop.yaml', ...format], { cwd: tempDir(), stdin });
}

const find = (report: Report, rule: string): Finding => {
  const finding = report.findings.find((candidate) => candidate.ruleId === rule);
  assert.ok(finding, `${rule} did not fire`);
  return finding;
};

describe('a rendered Helm stream through stdin', () => {
  test('findings point at the exact line of the stream and name the template Helm rendered it from', async () => {
    const { code, stdout } = await checkStream(rendered, '--format', 'json');
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(report.errors, []);
    assert.equal(code, 1);
    assert.ok(report.findings.every((finding) => finding.location.file === 'shop.yaml'));

    const privileged = find(report, 'K8S-PSS-003');
    assert.equal(privileged.location.startLine, lineOf(rendered, 'privileged: true'));
    assert.deepEqual(privileged.related?.map((related) => related.file), ['web/templates/deployment.yaml']);

    const loadBalancer = find(report, 'K8S-NET-002');
    assert.equal(loadBalancer.location.startLine, lineOf(rendered, 'type: LoadBalancer'));
    assert.deepEqual(loadBalancer.related?.map((related) => related.file), ['web/templates/service.yaml']);

    const untagged = find(report, 'K8S-WL-006');
    assert.equal(untagged.location.startLine, lineOf(rendered, 'image: busybox'));
    assert.deepEqual(untagged.related?.map((related) => related.file), ['web/templates/tests/test-connection.yaml']);
  });

  test('run-scope findings carry the template too', async () => {
    const report = JSON.parse((await checkStream(rendered, '--format', 'json')).stdout) as Report;
    const namespace = find(report, 'K8S-XR-001');
    assert.equal(namespace.resource, 'Deployment/shop-web');
    assert.equal(namespace.location.startLine, lineOf(rendered, 'metadata:', lineOf(rendered, 'kind: Deployment')));
    assert.deepEqual(namespace.related?.map((related) => related.file), ['web/templates/deployment.yaml']);
  });

  test('the text report shows the template under each finding', async () => {
    const { stdout } = await checkStream(rendered);
    assert.match(stdout, /^shop\.yaml$/m);
    assert.match(stdout, new RegExp(`^ {2}${lineOf(rendered, 'privileged: true')}:13 +critical +K8S-PSS-003 .*\\n.*rendered by Helm from this template \\(web/templates/deployment\\.yaml`, 'm'));
  });

  test('a rendered file checked from disk reads the same', async () => {
    const dir = tempDir({ 'out/rendered.yaml': rendered });
    const report = JSON.parse((await runCli(['check', 'out', '--format', 'json'], { cwd: dir })).stdout) as Report;
    const privileged = find(report, 'K8S-PSS-003');
    assert.equal(privileged.location.file, 'out/rendered.yaml');
    assert.deepEqual(privileged.related?.map((related) => related.file), ['web/templates/deployment.yaml']);
  });

  test('a Kustomize stream has no template to name', async () => {
    const report = JSON.parse((await checkStream(kustomized, '--format', 'json')).stdout) as Report;
    const privileged = find(report, 'K8S-PSS-003');
    assert.equal(privileged.location.startLine, lineOf(kustomized, 'privileged: true'));
    assert.equal(find(report, 'K8S-NET-001').location.startLine, lineOf(kustomized, 'type: NodePort'));
    assert.ok(report.findings.every((finding) => finding.related === undefined));
  });
});

describe('helmSource', () => {
  const lines = (text: string) => text.split('\n');

  test('takes the nearest # Source: comment above the document, across comments and blank lines', () => {
    assert.equal(helmSource(lines('---\n# Source: web/templates/a.yaml\napiVersion: v1'), 3), 'web/templates/a.yaml');
    assert.equal(helmSource(lines('---\n# Source: web/templates/a.yaml\n\n# a comment\napiVersion: v1'), 5), 'web/templates/a.yaml');
  });

  test('never crosses a document boundary or content', () => {
    assert.equal(helmSource(lines('# Source: web/templates/a.yaml\n---\napiVersion: v1'), 3), undefined);
    assert.equal(helmSource(lines('# Source: a.yaml\nkind: Pod\n---\n# Source: b.yaml\n---\napiVersion: v1'), 6), undefined);
    assert.equal(helmSource(lines('apiVersion: v1'), 1), undefined);
  });

  test('reads only a comment that starts the line, as Helm writes it', () => {
    assert.equal(helmSource(lines('---\n  # Source: indented.yaml\napiVersion: v1'), 3), undefined);
    assert.equal(helmSource(lines('---\n# Source:\napiVersion: v1'), 3), undefined);
  });
});
