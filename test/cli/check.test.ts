import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const repo = join(import.meta.dirname, '../../..');

const pod = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: ${extra === 'privileged'}\n`;

describe('policy check', () => {
  test('blocks the insecure example with located findings and passes the hardened one', async () => {
    const { code, stdout } = await runCli(['check', 'examples/k8s', '--format', 'json'], { cwd: repo });
    const report = JSON.parse(stdout) as Report;
    assert.equal(code, 1);
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(report.errors, []);
    assert.ok(report.findings.length > 0);
    assert.ok(report.findings.every((finding) => finding.location.file === 'examples/k8s/insecure-workload.yaml'));
    const privileged = report.findings.find((finding) => finding.ruleId === 'K8S-PSS-003');
    assert.equal(privileged?.location.startLine, 43);
    assert.equal(privileged?.resource, 'Deployment/prod/web');
    assert.deepEqual(privileged?.path, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']);
  });

  test('text output groups by file with line:column, severity, id and a summary', async () => {
    const { code, stdout } = await runCli(['check', 'examples/k8s'], { cwd: repo });
    assert.equal(code, 1);
    assert.match(stdout, /^examples\/k8s\/insecure-workload\.yaml$/m);
    assert.match(stdout, /^ {2}43:13 +critical +K8S-PSS-003 +Container "web" sets securityContext\.privileged to true\./m);
    assert.match(stdout, /gate: blocked/);
    assert.doesNotMatch(stdout, /\u001b\[/, 'no colour when not a TTY');
  });

  test('a malformed file is an error entry, exit 2, and the other files are still checked', async () => {
    const dir = tempDir({
      'good.yaml': pod('good'),
      'bad-pod.yaml': pod('bad', 'privileged'),
      'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: [unclosed\n',
    });
    const { code, stdout } = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(stdout) as Report;
    assert.equal(code, 2);
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]!.file, 'broken.yaml');
    assert.match(report.errors[0]!.message, /invalid YAML/);
    assert.ok(report.findings.some((finding) => finding.location.file === 'bad-pod.yaml' && finding.ruleId === 'K8S-PSS-003'));
    assert.equal(report.summary.files.checked, 3);
  });

  test('exit 0 when nothing reaches the threshold; --severity-threshold lowers the bar', async () => {
    const dir = tempDir({ 'p.yaml': pod('p') });
    assert.equal((await runCli(['check', '.'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['check', '.', '--severity-threshold', 'medium'], { cwd: dir })).code, 1);
  });

  test('profiles select exactly their controls', async () => {
    const baseline = JSON.parse((await runCli(['check', 'examples/k8s', '--format', 'json', '--profile', 'pss-baseline'], { cwd: repo })).stdout) as Report;
    const restricted = JSON.parse((await runCli(['check', 'examples/k8s', '--format', 'json', '--profile', 'pss-restricted'], { cwd: repo })).stdout) as Report;
    assert.ok(baseline.findings.length > 0);
    assert.ok(baseline.findings.every((finding) => finding.controls.some((control) => control.startsWith('pss:baseline:'))));
    assert.ok(restricted.findings.some((finding) => finding.controls.some((control) => control.startsWith('pss:restricted:'))));
    const ids = (report: Report) => new Set(report.findings.map((finding) => finding.fingerprint));
    assert.ok([...ids(baseline)].every((id) => ids(restricted).has(id)), 'restricted includes baseline');
  });

  test('reads a stream from stdin under --stdin-filename', async () => {
    const { code, stdout } = await runCli(['check', '-', '--stdin-filename', 'rendered.yaml', '--format', 'json'], { cwd: tempDir(), stdin: pod('s', 'privileged') });
    const report = JSON.parse(stdout) as Report;
    assert.equal(code, 1);
    assert.equal(report.findings.find((finding) => finding.ruleId === 'K8S-PSS-003')?.location.file, 'rendered.yaml');
  });

  test('same findings whether files are checked in worker threads or in-process', async () => {
    const files = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`f${i}.yaml`, pod(`p${i}`, i % 2 ? 'privileged' : '')]));
    const dir = tempDir(files);
    const inProcess = (await runCli(['check', '.', '--format', 'json', '--threads', '1'], { cwd: dir })).stdout;
    const threaded = (await runCli(['check', '.', '--format', 'json', '--threads', '2'], { cwd: dir })).stdout;
    assert.equal(threaded, inProcess);
    assert.equal((JSON.parse(threaded) as Report).summary.files.checked, 70);
  });

  test('usage errors and unusable bundles exit 2 with a message, not a stack trace', async () => {
    const dir = tempDir({ 'p.yaml': pod('p') });
    const badFlag = await runCli(['check', '.', '--severity-threshold', 'severe'], { cwd: dir });
    assert.equal(badFlag.code, 2);
    const badBundle = await runCli(['check', '.', '--bundle', 'missing.tar.gz'], { cwd: dir });
    assert.equal(badBundle.code, 2);
    assert.match(badBundle.stderr, /missing\.tar\.gz: bundle not found/);
    assert.doesNotMatch(badBundle.stderr, /\bat .*\.js:\d+/);
    const missing = await runCli(['check', 'nope.yaml', '--format', 'json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stdout, /no such file or directory/);
  });

  test('a file named explicitly that is not an input is an error, not a silent skip', async () => {
    const dir = tempDir({ 'notes.txt': 'hello' });
    const { code, stdout } = await runCli(['check', 'notes.txt', '--format', 'json'], { cwd: dir });
    assert.equal(code, 2);
    assert.match((JSON.parse(stdout) as Report).errors[0]!.message, /not a recognised input/);
  });
});

describe('policy list and explain', () => {
  test('list --format json gives the catalog; --profile filters it', async () => {
    const all = JSON.parse((await runCli(['list', '--format', 'json'], { cwd: repo })).stdout) as { rules: { id: string; controls: string[] }[] };
    const baseline = JSON.parse((await runCli(['list', '--format', 'json', '--profile', 'pss-baseline'], { cwd: repo })).stdout) as typeof all;
    assert.ok(all.rules.length >= 19);
    assert.equal(baseline.rules.length, 12);
    assert.ok(baseline.rules.every((rule) => rule.controls.some((control) => control.startsWith('pss:baseline:'))));
  });

  test('explain prints a rule; an unknown id is exit 2', async () => {
    const { code, stdout } = await runCli(['explain', 'k8s-pss-003'], { cwd: repo });
    assert.equal(code, 0);
    assert.match(stdout, /K8S-PSS-003 {2}Disallow privileged containers/);
    assert.match(stdout, /Remediation: /);
    assert.equal((await runCli(['explain', 'NOPE-1'], { cwd: repo })).code, 2);
  });
});

describe('policy check reports with fixes and snippets', () => {
  test('SARIF carries the fixes rules declare, as replacements', async () => {
    const dir = tempDir({ 'p.yaml': pod('p', 'privileged') });
    const { stdout } = await runCli(['check', '.', '--format', 'sarif'], { cwd: dir });
    const results = (JSON.parse(stdout) as { runs: { results: { ruleId: string; fixes?: { artifactChanges: { replacements: { insertedContent?: { text: string } }[] }[] }[] }[] }[] }).runs[0]!.results;
    const privileged = results.find((result) => result.ruleId === 'K8S-PSS-003');
    assert.match(privileged?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent?.text ?? '', /false/);
  });

  test('the HTML report written by check shows the source lines around a finding', async () => {
    const dir = tempDir({ 'p.yaml': pod('p', 'privileged') });
    await runCli(['check', '.', '--output', 'html=report.html'], { cwd: dir });
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /privileged: true/);
  });
});
