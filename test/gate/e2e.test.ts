// End to end through the CLI, in temporary git repositories: what a pull request's gate sees.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });

function write(dir: string, files: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    if (content === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
}

function repository(files: Record<string, string>): string {
  const dir = tempDir();
  git(dir, 'init', '-q');
  commit(dir, files, 'base');
  return dir;
}

function commit(dir: string, files: Record<string, string | null>, message: string): void {
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

const CONFIG = 'version: 1\nprofiles: [pss-baseline]\n';

/** A Pod; `privileged` and `hostPID` add the K8S-PSS-003 and K8S-PSS-002 violations. */
function pod(name: string, { privileged = false, hostPID = false } = {}): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...(hostPID ? ['  hostPID: true'] : []),
    '  containers:',
    '    - name: app',
    '      image: nginx:1.27',
    ...(privileged ? ['      securityContext:', '        privileged: true'] : []),
    '',
  ].join('\n');
}

async function check(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; report: Report; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['check', ...args, '--format', 'json'], { cwd: dir, env });
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

const states = (report: Report) => report.findings.map((finding) => [finding.ruleId, finding.location.file, finding.baselineState]);

describe('policy check --base <git ref>', () => {
  test('a commit that adds a violation is blocked, and only the new finding counts', async () => {
    const dir = repository({ '.policygate.yaml': CONFIG, 'k8s/app.yaml': pod('app', { hostPID: true }), 'k8s/other.yaml': pod('other', { privileged: true }) });
    commit(dir, { 'k8s/app.yaml': pod('app', { hostPID: true, privileged: true }), 'README.md': 'not an input\n' }, 'add privileged');
    const { code, report } = await check(dir, ['--base', 'HEAD~1', '.']);
    assert.equal(code, 1);
    assert.deepEqual(states(report), [
      ['K8S-PSS-002', 'k8s/app.yaml', 'unchanged'],
      ['K8S-PSS-003', 'k8s/app.yaml', 'new'],
    ]);
    assert.equal(report.summary.files.checked, 1, 'only the changed input is checked; README.md is not an input and no error');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.decision.reasons, ['1 finding at or above high']);
    assert.deepEqual(report.summary.comparison, { new: 1, unchanged: 1, fixed: 0 });
    assert.equal(report.comparison?.commit, git(dir, 'rev-parse', 'HEAD~1').trim());
  });

  test('a commit that only moves lines (comments, reordering, a document added above, a rename) is not blocked', async () => {
    const dir = repository({ '.policygate.yaml': CONFIG, 'k8s/app.yaml': pod('app', { hostPID: true, privileged: true }) });
    const moved = [
      '# the web tier',
      pod('front'),
      '---',
      'kind: Pod',
      'apiVersion: v1',
      'spec:',
      '  containers:',
      '    - image: nginx:1.27',
      '      securityContext:',
      '',
      '        privileged: true',
      '      name: app',
      '  hostPID: true',
      'metadata:',
      '  name: app',
      '',
    ].join('\n');
    commit(dir, { 'k8s/app.yaml': null, 'k8s/web.yaml': moved }, 'reformat and rename');
    const { code, report } = await check(dir, ['--base', 'HEAD~1', '.']);
    assert.equal(code, 0, JSON.stringify(states(report)));
    assert.deepEqual(states(report), [
      ['K8S-PSS-003', 'k8s/web.yaml', 'unchanged'],
      ['K8S-PSS-002', 'k8s/web.yaml', 'unchanged'],
    ]);
    assert.deepEqual(report.summary.comparison, { new: 0, unchanged: 2, fixed: 0 });
  });

  test('a commit that fixes a finding reports it as fixed; a deleted file’s findings are fixed too', async () => {
    const dir = repository({ '.policygate.yaml': CONFIG, 'k8s/app.yaml': pod('app', { hostPID: true, privileged: true }), 'k8s/old.yaml': pod('old', { hostPID: true }) });
    commit(dir, { 'k8s/app.yaml': pod('app', { hostPID: true }), 'k8s/old.yaml': null }, 'fix');
    const { code, report } = await check(dir, ['--base', 'HEAD~1', '.']);
    assert.equal(code, 0);
    assert.deepEqual(
      report.comparison?.fixed.map((entry) => [entry.ruleId, entry.file, entry.resource]),
      [
        ['K8S-PSS-003', 'k8s/app.yaml', 'Pod/app'],
        ['K8S-PSS-002', 'k8s/old.yaml', 'Pod/old'],
      ],
    );
    const text = await runCli(['check', '--base', 'HEAD~1', '.'], { cwd: dir });
    assert.match(text.stdout, /Fixed since HEAD~1:\n {2}k8s\/app\.yaml {2}K8S-PSS-003/);
    assert.match(text.stdout, /0 new, 1 unchanged, 2 fixed/);
  });

  test('uncommitted and untracked changes in the working tree are what is checked', async () => {
    const dir = repository({ '.policygate.yaml': CONFIG, 'k8s/app.yaml': pod('app') });
    write(dir, { 'k8s/new.yaml': pod('new', { privileged: true }) });
    const { code, report } = await check(dir, ['--base', 'HEAD', 'k8s']);
    assert.equal(code, 1);
    assert.deepEqual(states(report), [['K8S-PSS-003', 'k8s/new.yaml', 'new']]);
  });

  test('unusable refs, stdin and --base with --baseline are usage errors (exit 2)', async () => {
    const dir = repository({ 'k8s/app.yaml': pod('app') });
    const bad = await runCli(['check', '--base', 'no-such-branch', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--base no-such-branch: no such commit/);
    assert.match((await runCli(['check', '--base', '--upload-pack=x', '.'], { cwd: dir })).stderr, /is not a git ref/);
    assert.match((await runCli(['check', '--base', 'HEAD', '-'], { cwd: dir, stdin: pod('s') })).stderr, /cannot read stdin; compare a stream with --baseline/);
    assert.match((await runCli(['check', '--base', 'HEAD', '--baseline', 'b.json', '.'], { cwd: dir })).stderr, /cannot be combined/);
    const outside = await runCli(['check', '--base', 'HEAD', '.'], { cwd: tempDir({ 'a.yaml': pod('a') }) });
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /needs a git repository/);
  });
});

describe('waivers through the CLI', () => {
  const waived = `${CONFIG}waivers:\n  - rule: K8S-PSS-003\n    resource: Pod/app\n    reason: the node agent needs it until OPS-1 ships\n    owner: platform-team\n    expires: 2027-01-31\n`;

  test('an expired waiver blocks again, and is itself reported', async () => {
    const dir = repository({ '.policygate.yaml': waived, 'k8s/app.yaml': pod('app', { privileged: true }) });
    const before = await check(dir, ['.'], { POLICYGATE_TODAY: '2027-01-31' });
    assert.equal(before.code, 0);
    assert.deepEqual(before.report.findings[0]!.suppressed, { kind: 'waiver', reason: 'the node agent needs it until OPS-1 ships', owner: 'platform-team', expires: '2027-01-31' });
    assert.equal(before.report.summary.suppressed.byKind.waiver, 1);
    assert.equal(before.report.waivers[0]!.status, 'expiring');
    const after = await check(dir, ['.'], { POLICYGATE_TODAY: '2027-02-01' });
    assert.equal(after.code, 1);
    assert.equal(after.report.findings[0]!.suppressed, undefined);
    assert.deepEqual(
      after.report.waivers.map((waiver) => [waiver.status, waiver.location]),
      [['expired', { file: '.policygate.yaml', line: 4 }]],
    );
    const text = await runCli(['check', '.'], { cwd: dir, env: { POLICYGATE_TODAY: '2027-02-01' } });
    assert.match(text.stdout, /\.policygate\.yaml:4 {2}config K8S-PSS-003 \(resource Pod\/app\): expired on 2027-01-31, no longer suppresses/);
  });

  test('in a diff, a finding whose waiver expired counts as new even though the base had it', async () => {
    const dir = repository({ '.policygate.yaml': waived, 'k8s/app.yaml': pod('app', { privileged: true }) });
    commit(dir, { 'k8s/app.yaml': `# touched\n${pod('app', { privileged: true })}` }, 'touch');
    assert.equal((await check(dir, ['--base', 'HEAD~1', '.'], { POLICYGATE_TODAY: '2027-01-01' })).code, 0);
    const { code, report } = await check(dir, ['--base', 'HEAD~1', '.'], { POLICYGATE_TODAY: '2027-02-01' });
    assert.equal(code, 1);
    assert.deepEqual(states(report), [['K8S-PSS-003', 'k8s/app.yaml', 'new']]);
  });

  test('inline comments and annotations suppress; a suppression without a reason is a low finding', async () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: app',
      '  annotations:',
      '    policygate.io/ignore: "K8S-PSS-002 reason=shares the host PID namespace for the profiler"',
      'spec:',
      '  hostPID: true',
      '  hostNetwork: true # policygate:ignore K8S-PSS-002',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      securityContext:',
      '        # policygate:ignore K8S-PSS-003 reason="debug build" expires=2027-03-01',
      '        privileged: true',
      '',
    ].join('\n');
    const dir = tempDir({ '.policygate.yaml': CONFIG, 'app.yaml': manifest });
    const { code, report } = await check(dir, ['.'], { POLICYGATE_TODAY: '2027-01-01' });
    assert.equal(code, 0);
    assert.deepEqual(
      report.findings.map((finding) => [finding.ruleId, finding.location.startLine, finding.suppressed?.kind ?? null]),
      [
        ['K8S-PSS-002', 8, 'annotation'],
        ['K8S-PSS-002', 9, 'annotation'],
        ['K8S-SUPPRESS-001', 9, null],
        ['K8S-PSS-003', 15, 'inline'],
      ],
    );
    assert.deepEqual(report.summary.suppressed.byKind, { annotation: 2, inline: 1, waiver: 0, baseline: 0 });
    assert.equal(report.summary.findings, 1);
  });
});

describe('policy baseline create and check --baseline', () => {
  test('only findings missing from the baseline count; works for stdin', async () => {
    const dir = tempDir({ '.policygate.yaml': CONFIG });
    const stream = `${pod('a', { hostPID: true })}---\n${pod('b')}`;
    const created = await runCli(['baseline', 'create', '-o', 'baseline.json', '-', '--stdin-filename', 'chart.yaml'], { cwd: dir, stdin: stream });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Recorded 1 finding \(0 suppressed\) in baseline\.json/);
    const same = await runCli(['check', '-', '--stdin-filename', 'chart.yaml', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir, stdin: `# rendered\n${stream}` });
    assert.equal(same.code, 0);
    const worse = await runCli(['check', '-', '--stdin-filename', 'chart.yaml', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir, stdin: `${pod('a', { hostPID: true })}---\n${pod('b', { privileged: true })}` });
    assert.equal(worse.code, 1);
    assert.deepEqual(states(JSON.parse(worse.stdout) as Report), [
      ['K8S-PSS-002', 'chart.yaml', 'unchanged'],
      ['K8S-PSS-003', 'chart.yaml', 'new'],
    ]);
    const fixed = JSON.parse((await runCli(['check', '-', '--stdin-filename', 'chart.yaml', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir, stdin: pod('a') })).stdout) as Report;
    assert.equal(fixed.comparison?.fixed.length, 1);
  });

  test('a baseline is not written when inputs could not be evaluated, unless --allow-errors', async () => {
    const dir = tempDir({ 'a.yaml': pod('a', { hostPID: true }), 'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: [\n' });
    const refused = await runCli(['baseline', 'create', '-o', 'b.json', '.'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.equal(existsSync(join(dir, 'b.json')), false);
    assert.equal((await runCli(['baseline', 'create', '-o', 'b.json', '.', '--allow-errors'], { cwd: dir })).code, 0);
    assert.ok(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings.length > 0);
  });
});

describe('the gate from the config file and flags', () => {
  test('gate.severity, maxNewFindings and severity overrides come from the config; flags win', async () => {
    const dir = tempDir({ '.policygate.yaml': `${CONFIG}gate: { severity: critical }\nrules: { severity: { K8S-PSS-002: critical } }\n`, 'a.yaml': pod('a', { hostPID: true }) });
    const { code, report } = await check(dir, ['.']);
    assert.equal(code, 1);
    assert.equal(report.findings[0]!.severity, 'critical');
    const many = tempDir({ '.policygate.yaml': `${CONFIG}gate: { severity: critical, maxNewFindings: 0 }\n`, 'a.yaml': pod('a', { hostPID: true }) });
    assert.deepEqual((await check(many, ['.'])).report.decision.reasons, ['1 new findings, more than the 0 allowed']);
    const lenient = tempDir({ '.policygate.yaml': `${CONFIG}gate: { severity: critical }\n`, 'a.yaml': pod('a', { hostPID: true }) });
    assert.equal((await check(lenient, ['.'])).code, 0);
    assert.equal((await check(lenient, ['.', '--severity-threshold', 'high'])).code, 1);
  });

  test('paths.exclude keeps broken or noisy files out of the gate; rules.disable drops a rule', async () => {
    const dir = tempDir({
      '.policygate.yaml': `${CONFIG}paths: { exclude: ["templates/"] }\nrules: { disable: [K8S-PSS-003] }\n`,
      'templates/broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {{ .Values.x }}\n',
      'a.yaml': pod('a', { privileged: true }),
    });
    const { code, report } = await check(dir, ['.']);
    assert.equal(code, 0);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.findings, []);
    assert.equal(report.summary.files.checked, 1);
  });

  test('--soft-fail reports a block with exit 0; --allow-errors stops failing closed', async () => {
    const dir = tempDir({ 'a.yaml': pod('a', { privileged: true }), 'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: [\n' });
    assert.equal((await check(dir, ['.'])).code, 2);
    assert.equal((await check(dir, ['.', '--allow-errors'])).code, 1);
    const soft = await check(dir, ['.', '--allow-errors', '--soft-fail']);
    assert.deepEqual([soft.code, soft.report.decision.blocked, soft.report.errors.length], [0, true, 1]);
  });

  test('an invalid config stops the run with exit 2, naming the file, line and key; --config picks a file', async () => {
    const dir = tempDir({ '.policygate.yaml': 'version: 1\ngate:\n  severity: severe\n', 'a.yaml': pod('a') });
    const { code, stderr } = await runCli(['check', '.'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /\.policygate\.yaml:3:3: gate\.severity: expected one of: critical, high, medium, low, info \(got "severe"\)/);
    write(dir, { 'ci.yaml': 'version: 1\n' });
    assert.equal((await runCli(['check', '.', '--config', 'ci.yaml'], { cwd: dir })).code, 0);
    assert.match((await runCli(['check', '.', '--config', 'nope.yaml'], { cwd: dir })).stderr, /--config nope\.yaml: no such file/);
  });

  test('a rule id in the config that matches no rule is a warning', async () => {
    const dir = tempDir({ '.policygate.yaml': 'rules: { disable: [K8S-NOPE-1] }\n', 'a.yaml': pod('a') });
    assert.match((await runCli(['check', '.'], { cwd: dir })).stderr, /warning: \.policygate\.yaml: rules\.disable: K8S-NOPE-1 matches no rule/);
  });

  test('policy init writes the starter and refuses to overwrite it', async () => {
    const dir = tempDir();
    assert.equal((await runCli(['init'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['check', '.'], { cwd: dir })).code, 0);
    const again = await runCli(['init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists \(use --force to replace it\)/);
    assert.equal((await runCli(['init', '--force'], { cwd: dir })).code, 0);
  });
});
