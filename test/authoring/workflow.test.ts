// The authoring loop end to end, through the CLI: scaffold a rule, build it, check an input that
// violates it, run its tests; and the build cache that keeps `check --policy` from re-running opa.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { opaPath } from '../../src/authoring/build.js';
import { readBundle, untar } from '../../src/engine/bundle.js';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const RULE = 'policies/k8s/acme/require_team_label.rego';
const TESTDATA = 'policies/k8s/acme/testdata/require_team_label';

async function scaffolded(): Promise<string> {
  const dir = tempDir();
  const created = await runCli(['new', 'k8s', 'require-team-label', '--family', 'acme', '--severity', 'high'], { cwd: dir });
  assert.equal(created.code, 0, created.stderr);
  return dir;
}

/** An opa wrapper that appends a line to `count` on every invocation. */
function countingOpa(dir: string): { binary: string; invocations: () => number } {
  const count = join(dir, 'opa-invocations');
  const binary = join(dir, 'opa-counting');
  writeFileSync(count, '');
  writeFileSync(binary, `#!/bin/sh\necho "$1" >> '${count}'\nexec '${opaPath()}' "$@"\n`);
  chmodSync(binary, 0o755);
  return { binary, invocations: () => readFileSync(count, 'utf8').split('\n').filter(Boolean).length };
}

const report = (stdout: string) => JSON.parse(stdout) as Report;

describe('writing your own policies', () => {
  test('scaffold, build, check a violating input at the right line, and test green', async () => {
    const dir = await scaffolded();
    for (const file of [RULE, 'policies/k8s/acme/require_team_label_test.rego', `${TESTDATA}/tests.yaml`, `${TESTDATA}/fail.yaml`, `${TESTDATA}/pass.yaml`]) {
      assert.ok(existsSync(join(dir, file)), `${file} scaffolded`);
    }
    const rule = readFileSync(join(dir, RULE), 'utf8');
    assert.match(rule, /^# METADATA\n# title: Require team label\n/);
    assert.match(rule, /^#   id: K8S-ACME-001$/m);
    assert.match(rule, /^#   severity: high$/m);
    assert.match(rule, /^package k8s\.acme\.require_team_label$/m);
    assert.match(rule, /^deny contains result\.finding\(rego\.metadata\.chain\(\), path, params\) if \{$/m);

    const built = await runCli(['build', 'policies', '-o', 'dist/acme.tar.gz'], { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /K8S-ACME-001 +high +Require team label/);
    const archive = untar(gunzipSync(readFileSync(join(dir, 'dist/acme.tar.gz'))));
    assert.deepEqual([...archive.keys()].sort(), ['.manifest', 'catalog.json', 'data.json', 'policy.wasm']);
    assert.deepEqual(
      readBundle(join(dir, 'dist/acme.tar.gz')).catalog.map((entry) => [entry.id, entry.kind, entry.severity]),
      [['K8S-ACME-001', 'k8s', 'high']],
    );

    // The failing fixture: no team label, so the finding points at the labels the team is missing from.
    const failing = `${TESTDATA}/fail.yaml`;
    const labelsLine = readFileSync(join(dir, failing), 'utf8').split('\n').indexOf('  labels:') + 1;
    const checked = await runCli(['check', failing, '--policy', 'policies', '--format', 'json'], { cwd: dir });
    assert.equal(checked.code, 1, checked.stderr);
    const findings = report(checked.stdout).findings;
    const own = findings.find((finding) => finding.ruleId === 'K8S-ACME-001');
    assert.deepEqual(own?.path, ['metadata', 'labels', 'team']);
    assert.equal(own?.location.startLine, labelsLine);
    assert.equal(own?.message, 'Deployment checkout has no team label.');
    assert.equal(own?.resource, 'Deployment/shop/checkout');
    assert.ok(findings.some((finding) => finding.ruleId.startsWith('K8S-PSS-')), 'the built-in rules run beside the user rules');

    const onlyOwn = report((await runCli(['check', failing, '--policy', 'policies', '--no-builtin', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(onlyOwn.findings.map((finding) => finding.ruleId), ['K8S-ACME-001']);
    const prebuilt = report((await runCli(['check', failing, '--bundle', join(dir, 'dist/acme.tar.gz'), '--no-builtin', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(prebuilt.findings.map((finding) => [finding.ruleId, finding.location.startLine]), [['K8S-ACME-001', labelsLine]]);
    const passing = report((await runCli(['check', `${TESTDATA}/pass.yaml`, '--policy', 'policies', '--no-builtin', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(passing.findings, []);

    const tested = await runCli(['test', 'policies'], { cwd: dir });
    assert.equal(tested.code, 0, tested.stdout + tested.stderr);
    assert.match(tested.stdout, /Rego unit tests \(opa test policies\)\n {2}PASS: 2\/2\n/);
    assert.match(tested.stdout, /pass {2}policies\/k8s\/acme\/testdata\/require_team_label\/tests\.yaml: K8S-ACME-001 fires on a Deployment without a team label/);
    assert.match(tested.stdout, /2 passed, 0 failed/);
  });

  test('policy new never overwrites, and numbers the next rule of a family', async () => {
    const dir = await scaffolded();
    const before = readFileSync(join(dir, RULE), 'utf8');
    const again = await runCli(['new', 'k8s', 'require_team_label', '--family', 'acme'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /not overwriting policies\/k8s\/acme\/require_team_label\.rego/);
    assert.equal(readFileSync(join(dir, RULE), 'utf8'), before);
    const next = await runCli(['new', 'k8s', 'require-owner', '--family', 'acme'], { cwd: dir });
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stdout, /rule K8S-ACME-002/);
    for (const [kind, name] of [['k8s', 'In'], ['k8s', 'in'], ['nginx', 'x'], ['k8s', 'x_test']]) {
      const refused = await runCli(['new', kind!, name!], { cwd: dir });
      assert.equal(refused.code, 2, `${kind} ${name}`);
    }
  });

  test('a failing case lists the expected (-) and actual (+) findings, and exits 1', async () => {
    const dir = await scaffolded();
    const suite = join(dir, TESTDATA, 'tests.yaml');
    const text = readFileSync(suite, 'utf8');
    const line = Number(/line: (\d+)/.exec(text)![1]);
    writeFileSync(suite, text.replace(`line: ${line}`, `line: ${line + 1}`));
    const tested = await runCli(['test', 'policies'], { cwd: dir });
    assert.equal(tested.code, 1);
    assert.match(tested.stdout, /FAIL {2}policies\/k8s\/acme\/testdata\/require_team_label\/tests\.yaml: K8S-ACME-001 fires on/);
    assert.match(tested.stdout, new RegExp(`^ +- K8S-ACME-001 line ${line + 1}$`, 'm'));
    assert.match(tested.stdout, new RegExp(`^ +\\+ K8S-ACME-001 line ${line}: Deployment checkout has no team label\\.$`, 'm'));
    assert.match(tested.stdout, /1 passed, 1 failed/);

    writeFileSync(suite, 'cases:\n  - name: no input\n    expect: []\n');
    const malformed = await runCli(['test', 'policies'], { cwd: dir });
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /tests\.yaml: not a valid tests\.yaml/);
  });

  test('a failing Rego unit test fails policy test', async () => {
    const dir = await scaffolded();
    const file = join(dir, 'policies/k8s/acme/require_team_label_test.rego');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{["metadata", "labels", "team"]}', '{["metadata", "labels"]}'));
    const tested = await runCli(['test', 'policies'], { cwd: dir });
    assert.equal(tested.code, 1);
    assert.match(tested.stdout, /test_fail_no_team_label: FAIL/);
    assert.match(tested.stdout, /2 passed, 0 failed/, 'the fixtures still ran');
  });

  test('check --policy builds once: an unchanged directory does not run opa again', async () => {
    const dir = await scaffolded();
    const opa = countingOpa(dir);
    const check = () => runCli(['check', TESTDATA, '--policy', 'policies', '--opa', opa.binary, '--no-builtin', '--format', 'json'], { cwd: dir });
    const first = await check();
    assert.equal(report(first.stdout).findings.length, 1, first.stderr);
    assert.match(first.stderr, /compiled policies \(1 rule\)/);
    const afterFirst = opa.invocations();
    assert.ok(afterFirst > 0);
    assert.equal(readdirSync(join(dir, '.cache/policygate')).length, 1);

    const second = await check();
    assert.equal(opa.invocations(), afterFirst, 'the second run did not invoke opa');
    assert.deepEqual(report(second.stdout).findings, report(first.stdout).findings);
    assert.doesNotMatch(second.stderr, /compiled/);

    // A unit test is not part of the bundle: editing one does not rebuild.
    const unit = join(dir, 'policies/k8s/acme/require_team_label_test.rego');
    writeFileSync(unit, `${readFileSync(unit, 'utf8')}\n# edited\n`);
    await check();
    assert.equal(opa.invocations(), afterFirst);

    // Changing the rule does.
    const rule = join(dir, RULE);
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('severity: high', 'severity: low'));
    const third = await check();
    assert.ok(opa.invocations() > afterFirst);
    assert.equal(report(third.stdout).findings[0]?.severity, 'low');
  });

  test('the cache lives under $XDG_CACHE_HOME when it is set', async () => {
    const dir = await scaffolded();
    const result = await runCli(['check', TESTDATA, '--policy', 'policies', '--no-builtin'], { cwd: dir, env: { XDG_CACHE_HOME: join(dir, 'xdg') } });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(readdirSync(join(dir, 'xdg/policygate')).filter((name) => name.endsWith('.tar.gz')).length, 1);
    assert.ok(!existsSync(join(dir, '.cache')));
  });
});
