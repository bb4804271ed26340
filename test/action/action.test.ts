// The action's committed bundle, run as the runner runs it: `node <runs.main>` in the workspace with
// INPUT_* variables (action.yml's defaults filled in, as the runner does), GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, in a temporary git repository whose last
// commit is the pull request's change.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { SEVERITIES } from '../../src/findings/finding.js';
import type { Report } from '../../src/report/model.js';
import { tempDir } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ACTION = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const ENTRY = join(ROOT, ACTION.runs.main);

interface ActionRun {
  status: number | null;
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

interface Event {
  name: string;
  payload: unknown;
}

function runAction(workspace: string, inputs: Record<string, string>, event: Event = { name: 'push', payload: {} }): ActionRun {
  assert.ok(existsSync(ENTRY), `${ACTION.runs.main} is missing: run npm run build:action`);
  for (const name of Object.keys(inputs)) assert.ok(name in ACTION.inputs, `action.yml has no input ${name}`);
  const runner = tempDir();
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary.md'), event: join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
  };
  for (const [name, spec] of Object.entries(ACTION.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  const result = spawnSync(process.execPath, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  return { status: result.status, log: result.stdout + result.stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' }).trim();

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** A Pod that shares the host's PID namespace (a finding the base already has); `privileged` adds one. */
function pod(name: string, { image = 'nginx:1.27', privileged = false } = {}): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  hostPID: true',
    '  containers:',
    '    - name: app',
    `      image: ${image}`,
    ...(privileged ? ['      securityContext:', '        privileged: true'] : []),
    '',
  ].join('\n');
}

/** A repository whose base commit has a finding, and whose last commit (the pull request) changes k8s/app.yaml. */
function pullRequest(change: string, extra: Record<string, string> = {}): { dir: string; event: Event } {
  const dir = tempDir();
  git(dir, 'init', '-q');
  write(dir, { '.policygate.yaml': 'version: 1\nprofiles: [pss-baseline]\n', 'k8s/app.yaml': pod('app'), ...extra });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  write(dir, { 'k8s/app.yaml': change, 'README.md': 'not an input\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'change');
  return { dir, event: { name: 'pull_request', payload: { number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'change', sha: git(dir, 'rev-parse', 'HEAD') } } } } };
}

const REPORTS = { sarif: 'reports/policygate.sarif', junit: 'reports/policygate.xml', html: 'reports/policygate.html', json: 'reports/policygate.json', sbom: 'reports/sbom.cdx.json' };

/** The outputs say what the JSON report says, and every output action.yml declares is set. */
function assertOutputsMatchReport(run: ActionRun, dir: string): Report {
  assert.deepEqual(Object.keys(run.outputs).sort(), Object.keys(ACTION.outputs).sort());
  const report = JSON.parse(readFileSync(join(dir, run.outputs['json-file']!), 'utf8')) as Report & { risk?: { score?: number; rating?: string } };
  assert.equal(run.outputs['new-findings'], String(report.summary.findings));
  for (const severity of SEVERITIES) assert.equal(run.outputs[`new-${severity}`], String(report.summary.bySeverity[severity]), severity);
  assert.equal(run.outputs['risk-score'], String(report.risk?.score ?? report.decision.risk?.score ?? ''));
  assert.equal(run.outputs['risk-rating'], report.risk?.rating ?? '');
  return report;
}

const annotations = (log: string) => [...log.matchAll(/^::(error|warning) file=([^,]+),line=(\d+)[^:]*title=([A-Z0-9-]+)/gm)].map((match) => ({ level: match[1], file: match[2], line: Number(match[3]), rule: match[4] }));

describe('the GitHub Action (dist bundle)', () => {
  test('action.yml runs the bundle on node24', () => {
    assert.equal(ACTION.runs.using, 'node24');
    assert.ok(existsSync(ENTRY), ACTION.runs.main);
  });

  test('a pull request that adds no finding passes: outputs, summary, SARIF, exit 0', () => {
    const { dir, event } = pullRequest(pod('app', { image: 'nginx:1.28' }));
    const run = runAction(dir, { sarif: REPORTS.sarif, json: REPORTS.json }, event);
    assert.equal(run.status, 0, run.log);
    assert.equal(run.outputs['decision'], 'passed');
    const report = assertOutputsMatchReport(run, dir);
    assert.equal(report.comparison?.commit, (event.payload as { pull_request: { base: { sha: string } } }).pull_request.base.sha, 'the base came from the event payload');
    assert.equal(run.outputs['new-high'], '0');
    assert.ok(report.findings.some((finding) => finding.ruleId === 'K8S-PSS-002' && finding.baselineState === 'unchanged'), 'the base finding is carried over');
    assert.match(run.summary, /^## policygate: ✅ passed/);
    assert.match(run.summary, /Compared with `[0-9a-f]{40}`/);
    assert.deepEqual(annotations(run.log).filter((annotation) => annotation.level === 'error'), []);
    assert.equal(run.outputs['sarif-file'], REPORTS.sarif);
    const sarif = JSON.parse(readFileSync(join(dir, REPORTS.sarif), 'utf8')) as { runs: { results: { ruleId: string; baselineState?: string }[] }[] };
    assert.ok(sarif.runs[0]!.results.every((result) => result.baselineState !== undefined));
    assert.deepEqual({ junit: run.outputs['junit-file'], html: run.outputs['html-file'], sbom: run.outputs['sbom-file'] }, { junit: '', html: '', sbom: '' });
  });

  test('a pull request that adds a privileged container is blocked: annotation on the changed line, summary, every report, exit 1', () => {
    const change = pod('app', { privileged: true });
    const { dir, event } = pullRequest(change);
    const run = runAction(dir, REPORTS, event);
    assert.equal(run.status, 1, run.log);
    assert.equal(run.outputs['decision'], 'blocked');
    const report = assertOutputsMatchReport(run, dir);
    assert.equal(run.outputs['new-critical'], '1');

    const changedLine = change.split('\n').indexOf('        privileged: true') + 1;
    const errors = annotations(run.log).filter((annotation) => annotation.level === 'error');
    assert.deepEqual(errors, [{ level: 'error', file: 'k8s/app.yaml', line: changedLine, rule: 'K8S-PSS-003' }], 'only the new finding is annotated, on its line');
    assert.match(run.log, /^::error::policygate blocked this change: 1 finding at or above high$/m);

    assert.match(run.summary, /^## policygate: ❌ blocked/);
    assert.match(run.summary, /\| critical \| K8S-PSS-003 \| `k8s\/app\.yaml:\d+` \|/);
    assert.match(run.summary, /\*\*1 new\*\*, 1 unchanged/);

    for (const [format, path] of Object.entries(REPORTS)) {
      assert.equal(run.outputs[`${format}-file`], path);
      assert.ok(existsSync(join(dir, path)), path);
    }
    const sarif = JSON.parse(readFileSync(join(dir, REPORTS.sarif), 'utf8')) as { runs: { results: { ruleId: string; baselineState?: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0]!.results.find((item) => item.ruleId === 'K8S-PSS-003');
    assert.equal(result?.baselineState, 'new');
    assert.equal(result?.locations[0]!.physicalLocation.region.startLine, changedLine);
    assert.match(readFileSync(join(dir, REPORTS.junit), 'utf8'), /<failure[^>]*K8S-PSS-003|K8S-PSS-003[\s\S]*<failure/);
    const html = readFileSync(join(dir, REPORTS.html), 'utf8');
    assert.match(html, new RegExp(`<span class="line hit"><span class="ln">${changedLine}</span>        privileged: true</span>`), 'the HTML report shows the changed line');
    assert.match(html, /<td>docker\.io\/library\/nginx<\/td><td>1\.27<\/td>/, 'the HTML report lists the SBOM the action wrote');
    assert.equal((JSON.parse(readFileSync(join(dir, REPORTS.sbom), 'utf8')) as { bomFormat: string }).bomFormat, 'CycloneDX');
    assert.equal(report.decision.exitCode, 1);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(report.tool.version, pkg.version, 'the bundle reports the package version');
  });

  test('soft-fail reports the block but passes the step', () => {
    const { dir, event } = pullRequest(pod('app', { privileged: true }));
    const run = runAction(dir, { 'soft-fail': 'true', json: REPORTS.json }, event);
    assert.equal(run.status, 0, run.log);
    assert.equal(run.outputs['decision'], 'blocked');
    assertOutputsMatchReport(run, dir);
    assert.match(run.summary, /blocked \(soft fail: not enforced\)/);
    assert.match(run.log, /^::warning::policygate would block this change/m);
  });

  test('on a push, the whole tree counts (checked in worker threads from the bundle)', () => {
    const many = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k8s/many/pod-${i}.yaml`, pod(`pod-${i}`).replace('  hostPID: true\n', '')]));
    const { dir } = pullRequest(pod('app', { image: 'nginx:1.28' }), many);
    const run = runAction(dir, { paths: 'k8s', json: REPORTS.json, 'severity-threshold': 'high' });
    assert.equal(run.status, 1, run.log);
    assert.equal(run.outputs['decision'], 'blocked', 'the base finding counts without a base to compare with');
    const report = assertOutputsMatchReport(run, dir);
    assert.equal(report.comparison, undefined);
    assert.equal(report.summary.files.checked, 71);
    assert.doesNotMatch(run.summary, /Compared with/);
  });

  test('a pull request whose base commit is not in the clone fails the step and says how to fetch it', () => {
    const { dir, event } = pullRequest(pod('app'));
    const payload = event.payload as { pull_request: { base: { sha: string } } };
    payload.pull_request.base.sha = 'f'.repeat(40);
    const run = runAction(dir, {}, event);
    assert.equal(run.status, 1, run.log);
    assert.equal(run.outputs['decision'], 'failed');
    assert.match(run.log, /fetch-depth: 0/);
    assert.match(run.log, /^::error::policygate could not run the check/m);
  });
});
