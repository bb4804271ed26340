// SARIF validated against the OASIS schema itself, and against what GitHub code scanning needs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { runCli, tempDir } from '../helpers.js';

const SCHEMA = join(import.meta.dirname, '../../../../shared/schemas/sarif-schema-2.1.0.json');
const skip = existsSync(SCHEMA) ? false : `the SARIF schema is not at ${SCHEMA} (it lives in ../shared/schemas beside the project)`;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; justification: string; properties?: Record<string, string> }[];
}
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string; markdown: string }; properties: Record<string, unknown> }[] } };
    results: SarifResult[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[]; toolConfigurationNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

function validator() {
  // Both packages are CommonJS whose module.exports is the default export.
  const Ajv04 = Ajv04Module as unknown as typeof Ajv04Module.default;
  const ajv = new Ajv04({ allErrors: true, strict: false });
  (addFormatsModule as unknown as (ajv: unknown) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });

const POD = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\nspec:\n${extra}  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;

/** A repository where the working tree adds findings, keeps some, waives one, suppresses one inline and breaks a file. */
function scenario(): string {
  const dir = tempDir({
    '.policygate.yaml':
      'profiles: [pss-baseline]\nwaivers:\n  - rule: K8S-PSS-002\n    resource: Pod/prod/web\n    reason: profiler\n    owner: sre\n    expires: 2027-06-30\n  - rule: K8S-PSS-005\n    path: "old/**"\n    reason: gone\n    owner: sre\n    expires: 2026-01-01\n',
    'k8s/web.yaml': POD(''),
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  writeFileSync(join(dir, 'k8s/web.yaml'), POD('  hostPID: true\n  hostIPC: true # policygate:ignore K8S-PSS-002 reason="ipc for the sidecar"\n'));
  writeFileSync(join(dir, 'k8s/broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: [\n');
  return dir;
}

async function sarif(dir: string, args: string[]): Promise<SarifLog> {
  const { stdout } = await runCli(['check', ...args, '--format', 'sarif'], { cwd: dir, env: { POLICYGATE_TODAY: '2027-01-01' } });
  return JSON.parse(stdout) as SarifLog;
}

describe('SARIF 2.1.0', () => {
  test('validates against the OASIS schema, in a full run and in diff mode', { skip }, async () => {
    const validate = validator();
    const dir = scenario();
    for (const args of [['.'], ['--base', 'HEAD', '.'], ['k8s/web.yaml']]) {
      const log = await sarif(dir, args);
      assert.ok(validate(log), `${args.join(' ')}: ${JSON.stringify(validate.errors, null, 2)}`);
      assert.ok(log.runs[0]!.results.length > 0);
    }
    const examples = JSON.parse((await runCli(['check', 'examples/k8s', '--format', 'sarif'], { cwd: join(import.meta.dirname, '../../..') })).stdout) as SarifLog;
    assert.ok(validate(examples), JSON.stringify(validate.errors, null, 2));
  });

  test("meets GitHub code scanning's rules: rules with help and security-severity, startLine >= 1, fingerprints", async () => {
    const log = await sarif(scenario(), ['--base', 'HEAD', '.']);
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules;
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length);
    for (const rule of rules) {
      assert.ok(rule.help.text.length > 0 && rule.help.markdown.length > 0, rule.id);
      assert.match(String(rule.properties['security-severity']), /^\d+\.\d$/, rule.id);
    }
    assert.equal(rules.find((rule) => rule.id === 'K8S-PSS-003')?.properties['security-severity'], '9.5');
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex]!.id, result.ruleId);
      const { region, artifactLocation } = result.locations[0]!.physicalLocation;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
      assert.doesNotMatch(artifactLocation.uri, /^\//);
      assert.match(result.partialFingerprints[FINGERPRINT_KEY]!, /^[0-9a-f]{32}$/);
    }
  });

  test('diff mode sets baselineState; waived and inline-suppressed findings carry suppressions; problems are notifications', async () => {
    const run = (await sarif(scenario(), ['--base', 'HEAD', '.'])).runs[0]!;
    const byRule = (id: string) => run.results.filter((result) => result.ruleId === id);
    assert.deepEqual(byRule('K8S-PSS-003').map((result) => result.baselineState), ['unchanged']);
    const hostNamespaces = byRule('K8S-PSS-002');
    assert.deepEqual(
      hostNamespaces.map((result) => [result.baselineState, result.suppressions?.[0]?.kind, result.suppressions?.[0]?.justification]),
      [
        ['new', 'external', 'profiler'],
        ['new', 'inSource', 'ipc for the sidecar'],
      ],
    );
    assert.deepEqual(hostNamespaces[0]!.suppressions![0]!.properties, { owner: 'sre', expires: '2027-06-30' });
    const invocation = run.invocations[0]!;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.deepEqual(
      invocation.toolConfigurationNotifications.map((notification) => notification.level),
      ['warning'],
    );
    assert.match(invocation.toolConfigurationNotifications[0]!.message.text, /K8S-PSS-005 \(path old\/\*\*\) expired on 2026-01-01/);
    const full = (await sarif(scenario(), ['.'])).runs[0]!;
    assert.ok(full.results.every((result) => result.baselineState === undefined));
  });

  test('every fingerprint survives inserting lines above the finding', async () => {
    const dir = tempDir({ 'web.yaml': POD('  hostPID: true\n') });
    const before = (await sarif(dir, ['.'])).runs[0]!.results;
    writeFileSync(join(dir, 'web.yaml'), `# a comment\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n---\n${POD('  hostPID: true\n')}`);
    const after = (await sarif(dir, ['.'])).runs[0]!.results;
    assert.ok(before.length >= 2);
    const key = (result: SarifResult) => `${result.ruleId} ${result.partialFingerprints[FINGERPRINT_KEY]}`;
    assert.deepEqual(after.map(key).sort(), before.map(key).sort());
    const line = (results: SarifResult[], id: string) => results.find((result) => result.ruleId === id)!.locations[0]!.physicalLocation.region.startLine;
    assert.equal(line(after, 'K8S-PSS-003'), line(before, 'K8S-PSS-003') + 9);
  });
});
