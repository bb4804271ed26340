// JUnit, Markdown and GitHub annotations from real runs, and several reports written at once.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../helpers.js';

const pod = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}  containers:\n    - name: app\n      image: nginx:1.27\n`;

const CONFIG = [
  'profiles: [pss-baseline]',
  'gate: { risk: 70 }',
  'waivers:',
  '  - { rule: K8S-PSS-006, resource: Pod/soon, reason: "migrating <ports>", owner: net-team, expires: 2027-01-20 }',
  '  - { rule: K8S-PSS-006, resource: Pod/later, reason: later, owner: net-team, expires: 2027-03-20 }',
  '',
].join('\n');

const ports = '  containers:\n    - name: app\n      image: nginx:1.27\n      ports: [{ containerPort: 80, hostPort: 80 }]\n';

function project(): string {
  return tempDir({
    '.policygate.yaml': CONFIG,
    'k8s/web.yaml': pod('web', '  hostPID: true\n'),
    'k8s/soon.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: soon\nspec:\n${ports}`,
    'k8s/later.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: later\nspec:\n${ports}`,
    'k8s/clean.yaml': pod('clean', ''),
    'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: [\n',
  });
}

const run = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['check', '.', ...args], { cwd: dir, env: { POLICYGATE_TODAY: '2027-01-01', ...env } });

/** Enough of XML to catch broken output: tags balance, text and attributes hold no raw < or stray &. */
function assertWellFormed(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const token of body.split(/(<[^>]*>)/)) {
    if (!token.startsWith('<')) {
      assert.doesNotMatch(token, /[<>]|&(?!(amp|lt|gt|quot|#10);)/, token);
      continue;
    }
    assert.doesNotMatch(token.slice(1, -1), /<|&(?!(amp|lt|gt|quot|#10);)/, token);
    const name = /^<\/?([\w-]+)/.exec(token)![1]!;
    if (token.startsWith('</')) assert.equal(stack.pop(), name);
    else if (!token.endsWith('/>')) stack.push(name);
  }
  assert.deepEqual(stack, []);
}

describe('JUnit XML', () => {
  test('a test case per rule and file: failures, skips for suppressed findings, errors for broken inputs', async () => {
    const { stdout } = await run(project(), ['--format', 'junit']);
    assertWellFormed(stdout);
    const suite = (file: string) => new RegExp(`<testsuite name="${file}" tests="(\\d+)" failures="(\\d+)" errors="(\\d+)" skipped="(\\d+)"`).exec(stdout)!.slice(1).map(Number);
    const baselineRules = 12;
    assert.deepEqual(suite('k8s/clean.yaml'), [baselineRules, 0, 0, 0]);
    assert.deepEqual(suite('k8s/web.yaml'), [baselineRules, 1, 0, 0]);
    assert.deepEqual(suite('k8s/soon.yaml'), [baselineRules, 0, 0, 1]);
    assert.deepEqual(suite('k8s/broken.yaml')[2], 1);
    assert.match(stdout, /<testcase name="K8S-PSS-002 Disallow sharing the host's namespaces" classname="k8s\/web\.yaml" file="k8s\/web\.yaml">\n {6}<failure message="1 finding \(high\): /);
    assert.match(stdout, /<skipped message="suppressed \(waiver: migrating &lt;ports&gt;\)" \/>/);
    const totals = /<testsuites name="policygate" tests="(\d+)" failures="(\d+)"/.exec(stdout)!;
    assert.equal(Number(totals[2]), 1);
  });
});

describe('Markdown', () => {
  test('decision, risk, the findings table and the waivers expiring within 30 days', async () => {
    const { stdout } = await run(project(), ['--format', 'markdown', '--allow-errors']);
    assert.match(stdout, /^## policygate: ❌ blocked\n\n- 1 finding at or above high\n/);
    assert.match(stdout, /Risk: \*\*\d+\/100\*\* \((?:none|low|medium|high|critical)\) \(the gate blocks at 70\)\./);
    assert.match(stdout, /\| high \| K8S-PSS-002 \| `k8s\/web\.yaml:6` \| Pod\/web \| The pod sets hostPID to true/);
    assert.match(stdout, /### Waivers expiring within 30 days \(1\)\n\n\| Rule \| Scope \| Owner \| Expires \| Reason \| Written in \|\n\| --- .*\n\| K8S-PSS-006 \| resource Pod\/soon \| net-team \| 2027-01-20 \| migrating &lt;ports&gt; \| `\.policygate\.yaml:4` \|\n/);
    assert.doesNotMatch(stdout, /Pod\/later \| net-team/);
    assert.match(stdout, /### Inputs that could not be evaluated \(1\)/);
  });

  test('in diff mode the table holds only new findings and a fixed section', async () => {
    const dir = tempDir({ 'a.yaml': pod('a', '  hostPID: true\n  hostIPC: true\n') });
    await runCli(['baseline', 'create', '-o', 'b.json', '.'], { cwd: dir });
    const { stdout } = await runCli(['check', '.', '--baseline', 'b.json', '--format', 'markdown'], { cwd: dir });
    assert.match(stdout, /^## policygate: ✅ passed/);
    assert.match(stdout, /Compared with baseline `b\.json`: \*\*0 new\*\*, \d+ unchanged, 0 fixed\./);
    assert.match(stdout, /### New findings \(0\)\n\nNone\./);
  });
});

describe('GitHub annotations', () => {
  test('written to stderr only when GITHUB_ACTIONS=true, escaped as the runner expects', async () => {
    const dir = project();
    const plain = await run(dir, ['--allow-errors']);
    assert.doesNotMatch(plain.stderr, /::error/);
    const { stderr } = await run(dir, ['--allow-errors'], { GITHUB_ACTIONS: 'true' });
    assert.match(stderr, /^::error file=k8s\/web\.yaml,line=6,endLine=6,col=3,title=K8S-PSS-002 \(high\)%3A Disallow sharing the host's namespaces::Pod\/web: The pod sets hostPID/m);
    assert.match(stderr, /^::error file=k8s\/broken\.yaml,line=\d+,title=policygate%3A input not evaluated::/m);
    assert.doesNotMatch(stderr, /file=k8s\/soon\.yaml/, 'suppressed findings are not annotated');
  });
});

describe('several reports at once', () => {
  test('--output writes each format atomically beside stdout; the config outputs apply without --output', async () => {
    const dir = project();
    const { code, stdout } = await run(dir, ['--allow-errors', '-o', 'sarif=out/r.sarif', '--output', 'junit=out/r.xml', '--output', 'markdown=out/r.md']);
    assert.equal(code, 1);
    assert.match(stdout, /gate: blocked/);
    assert.equal(JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8')).version, '2.1.0');
    assertWellFormed(readFileSync(join(dir, 'out/r.xml'), 'utf8'));
    assert.match(readFileSync(join(dir, 'out/r.md'), 'utf8'), /^## policygate/);
    const configured = tempDir({ '.policygate.yaml': 'outputs:\n  - { format: json, path: reports/policygate.json }\n', 'a.yaml': pod('a', '') });
    await runCli(['check', '.'], { cwd: configured });
    assert.equal(JSON.parse(readFileSync(join(configured, 'reports/policygate.json'), 'utf8')).schemaVersion, 1);
    const bad = await run(dir, ['--output', 'pdf=x.pdf']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--output pdf=x\.pdf: expected <format>=<path>/);
    assert.equal(existsSync(join(dir, 'x.pdf')), false);
  });
});
