// What `policy fix` must never do: write a file a fix would make unparseable, leave a half-written
// file when interrupted, apply a behaviour-changing fix without --unsafe, touch files on --dry-run,
// or fix findings the filters leave out. And what it offers reports: SARIF fixes, Markdown notes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../helpers.js';

const REPO = join(import.meta.dirname, '../../..');
const MAIN = join(REPO, 'build/src/cli/main.js');

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: api # the public API
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.0
      securityContext:
        privileged: true
        allowPrivilegeEscalation: true
`;

const SSHD = `# sshd_config
PermitRootLogin yes
PasswordAuthentication no
KbdInteractiveAuthentication no
`;

/** The built-in bundle whose catalog declares `fix` for one rule instead of its own. */
function bundleWith(id: string, fix: unknown[]): string {
  const dir = tempDir();
  cpSync(join(REPO, 'policies/dist/policy.wasm'), join(dir, 'policy.wasm'));
  const catalog = JSON.parse(readFileSync(join(REPO, 'policies/dist/catalog.json'), 'utf8')) as { id: string; fix?: unknown[] }[];
  catalog.find((rule) => rule.id === id)!.fix = fix;
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog));
  return join(dir, 'policy.wasm');
}

interface FixJson {
  applied: { ruleId: string }[];
  skipped: { ruleId: string; reason: string; unsafe?: string }[];
  diffs: { file: string; diff: string }[];
  recheck?: { fixed: unknown[] };
}

describe('policy fix safety', () => {
  test('a fix that would leave the file unparseable is not written, and says why', async () => {
    const dir = tempDir({ sshd_config: SSHD });
    // sshd refuses "maybe": so does the sshd_config parser, which validates the fixed text.
    const bundle = bundleWith('SSHD-001', [{ op: 'set', path: ['permitrootlogin'], value: 'maybe' }]);
    const { code, stdout } = await runCli(['fix', '--no-builtin', '--bundle', bundle, '--rule', 'SSHD-001', '--format', 'json', '.'], { cwd: dir });
    const result = JSON.parse(stdout) as FixJson;
    assert.equal(readFileSync(join(dir, 'sshd_config'), 'utf8'), SSHD, 'the file is untouched');
    assert.deepEqual(result.diffs, []);
    assert.deepEqual(result.applied, []);
    const skipped = result.skipped.find((entry) => entry.ruleId === 'SSHD-001');
    assert.match(skipped?.reason ?? '', /not written: the fix would leave the file unparseable \(sshd_config:2:\d+: bad value "maybe" for PermitRootLogin/);
    assert.notEqual(code, 2);
  });

  test('the other fixes of the file are still made when one would break it', async () => {
    const dir = tempDir({ sshd_config: `${SSHD}X11Forwarding yes\n` });
    const bundle = bundleWith('SSHD-001', [{ op: 'set', path: ['permitrootlogin'], value: 'maybe' }]);
    const { stdout } = await runCli(['fix', '--no-builtin', '--bundle', bundle, '--rule', 'SSHD-001', '--rule', 'SSHD-013', '--format', 'json', '.'], { cwd: dir });
    const result = JSON.parse(stdout) as FixJson;
    assert.ok(result.applied.some((fix) => fix.ruleId === 'SSHD-013'));
    const text = readFileSync(join(dir, 'sshd_config'), 'utf8');
    assert.match(text, /^X11Forwarding no$/m);
    assert.match(text, /^PermitRootLogin yes$/m);
  });

  for (const moment of ['while writing the temporary file', 'before the rename'] as const) {
    test(`an interrupted write (${moment}) leaves the original intact`, () => {
      const dir = tempDir({ 'pod.yaml': POD });
      chmodSync(join(dir, 'pod.yaml'), 0o640);
      // The process is killed at that moment, as a power cut or a kill -9 would stop it.
      const script = `
        import fs from 'node:fs';
        import { syncBuiltinESMExports } from 'node:module';
        const write = fs.writeFileSync;
        ${
          moment === 'before the rename'
            ? "fs.renameSync = () => process.kill(process.pid, 'SIGKILL');"
            : "fs.writeFileSync = (file, data, ...rest) => { if (String(file).endsWith('.tmp')) { write(file, data.slice(0, data.length >> 1)); process.kill(process.pid, 'SIGKILL'); } return write(file, data, ...rest); };"
        }
        syncBuiltinESMExports();
        const { main } = await import(${JSON.stringify(MAIN)});
        await main(['node', 'policy', 'fix', '.']);
      `;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
      assert.equal(child.signal, 'SIGKILL', child.stderr);
      assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), POD, 'the original is byte for byte what it was');
      assert.equal(statSync(join(dir, 'pod.yaml')).mode & 0o777, 0o640);
      assert.ok(readdirSync(dir).some((name) => name.endsWith('.tmp')), 'the write was under way');
    });
  }

  test('a completed write keeps the mode and replaces the file', async () => {
    const dir = tempDir({ 'pod.yaml': POD });
    chmodSync(join(dir, 'pod.yaml'), 0o640);
    const { code } = await runCli(['fix', '.'], { cwd: dir });
    assert.notEqual(code, 2);
    assert.equal(statSync(join(dir, 'pod.yaml')).mode & 0o777, 0o640);
    assert.match(readFileSync(join(dir, 'pod.yaml'), 'utf8'), /privileged: false\n {8}allowPrivilegeEscalation: false\n/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  test('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = tempDir({ 'pod.yaml': POD });
    const { code, stdout } = await runCli(['fix', '--dry-run', '.'], { cwd: dir });
    assert.equal(code, 1);
    assert.match(stdout, /^--- a\/pod\.yaml\n\+\+\+ b\/pod\.yaml\n@@ -7,5 \+7,\d+ @@\n/m);
    assert.match(stdout, /^- {8}privileged: true\n- {8}allowPrivilegeEscalation: true\n\+ {8}privileged: false\n\+ {8}allowPrivilegeEscalation: false$/m);
    assert.match(stdout, /^Would fix \d+ findings in 1 file/m);
    assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), POD);
  });

  test('behaviour-changing fixes need --unsafe, and say so', async () => {
    const dir = tempDir({ 'pod.yaml': POD.replace('      securityContext:\n', '      securityContext:\n        capabilities:\n          add: [SYS_ADMIN]\n') });
    const safe = JSON.parse((await runCli(['fix', '--dry-run', '--format', 'json', '--rule', 'K8S-PSS-004', '.'], { cwd: dir })).stdout) as FixJson;
    assert.deepEqual(safe.applied, []);
    assert.match(safe.skipped[0]!.reason, /^needs --unsafe: The container asked for this capability/);
    const unsafe = JSON.parse((await runCli(['fix', '--dry-run', '--unsafe', '--format', 'json', '--rule', 'K8S-PSS-004', '.'], { cwd: dir })).stdout) as FixJson & { applied: { unsafe?: string }[] };
    assert.equal(unsafe.applied.length, 1);
    assert.ok(unsafe.applied[0]!.unsafe);
    assert.match(unsafe.diffs[0]!.diff, /^- {10}add: \[SYS_ADMIN\]\n\+ {10}add: \[\]$/m);
  });

  test('--rule and --severity choose what is fixed', async () => {
    const dir = tempDir({ 'pod.yaml': POD });
    const byRule = JSON.parse((await runCli(['fix', '--dry-run', '--format', 'json', '--rule', 'k8s-pss-003', '.'], { cwd: dir })).stdout) as FixJson;
    assert.deepEqual([...new Set(byRule.applied.map((fix) => fix.ruleId))], ['K8S-PSS-003']);
    const critical = JSON.parse((await runCli(['fix', '--dry-run', '--format', 'json', '--severity', 'critical', '.'], { cwd: dir })).stdout) as FixJson;
    assert.deepEqual([...new Set(critical.applied.map((fix) => fix.ruleId))], ['K8S-PSS-003']);
    const all = JSON.parse((await runCli(['fix', '--dry-run', '--format', 'json', '.'], { cwd: dir })).stdout) as FixJson;
    assert.ok(all.applied.some((fix) => fix.ruleId === 'K8S-PSS-102'));
  });

  test('a path names what is fixed', async () => {
    const dir = tempDir({ 'a/pod.yaml': POD, 'b/pod.yaml': POD });
    await runCli(['fix', 'a'], { cwd: dir });
    assert.notEqual(readFileSync(join(dir, 'a/pod.yaml'), 'utf8'), POD);
    assert.equal(readFileSync(join(dir, 'b/pod.yaml'), 'utf8'), POD);
  });

  test('stdin cannot be fixed', async () => {
    const { code, stderr } = await runCli(['fix', '-'], { cwd: tempDir(), stdin: POD });
    assert.equal(code, 2);
    assert.match(stderr, /cannot read stdin/);
  });

  test('reports carry the planned fixes: SARIF replacements and a Markdown note', async () => {
    const dir = tempDir({ 'pod.yaml': POD });
    await runCli(['fix', '--dry-run', '-o', 'sarif=out.sarif', '-o', 'markdown=out.md', '.'], { cwd: dir });
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[] }[] }[];
    };
    const privileged = sarif.runs[0]!.results.find((result) => result.ruleId === 'K8S-PSS-003')!;
    assert.deepEqual(privileged.fixes, [
      {
        description: { text: 'set securityContext.privileged to false' },
        artifactChanges: [{ artifactLocation: { uri: 'pod.yaml', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 10, startColumn: 21, endLine: 10, endColumn: 25 }, insertedContent: { text: 'false' } }] }],
      },
    ]);
    // Applying the replacement to the file gives the fixed line.
    const line = POD.split('\n')[9]!;
    assert.equal(`${line.slice(0, 20)}false${line.slice(24)}`, '        privileged: false');
    const markdown = readFileSync(join(dir, 'out.md'), 'utf8');
    assert.match(markdown, /K8S-PSS-003 .*🔧 fix: set securityContext\.privileged to false/);
    assert.match(markdown, /can be fixed automatically: `policy fix --dry-run`/);
  });
});
