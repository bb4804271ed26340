// Golden-file tests of `policy fix`, one folder per case under test/fix/golden/:
//   input/          the files as written (copied to a temporary directory for each run)
//   case.json       { args, gone }: extra arguments; the rules whose findings must all be gone
//                   after the fix
//   expected.diff   the exact unified diff `policy fix` makes (UPDATE_GOLDEN=1 rewrites it)
// Each case asserts the diff, that --dry-run writes nothing, that the real pipeline's check no
// longer reports the fixed findings and reports nothing new, and that a second run changes nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from '../helpers.js';

const GOLDEN = join(import.meta.dirname, '../../../test/fix/golden');
const BIN = join(import.meta.dirname, '../../../bin/policy.js');

/** The real command, in its own process, in the case's directory (as a user runs it). */
async function runCli(args: string[], options: { cwd: string }): Promise<{ code: number; stdout: string }> {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout };
}

interface Case {
  args?: string[];
  gone: string[];
}

interface FixJson {
  applied: { ruleId: string; key: string }[];
  skipped: { ruleId: string; reason: string }[];
  diffs: { file: string; diff: string }[];
  recheck?: { fixed: { ruleId: string }[]; unresolved: unknown[]; remaining: { ruleId: string }[]; introduced: unknown[]; errors: unknown[] };
  errors: unknown[];
  exitCode: number;
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const cases = readdirSync(GOLDEN).filter((name) => existsSync(join(GOLDEN, name, 'case.json'))).sort();

describe('policy fix golden files', () => {
  test('there are cases for every format', () => {
    for (const prefix of ['k8s-', 'arm-', 'sshd-', 'iptables', 'nftables', 'nft-json', 'firewalld', 'ufw']) assert.ok(cases.some((name) => name.startsWith(prefix)), prefix);
  });

  for (const name of cases) {
    test(name, async () => {
      const folder = join(GOLDEN, name);
      const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as Case;
      const input = files(join(folder, 'input'));
      const cwd = tempDir(input);
      const args = [...(spec.args ?? []), '--format', 'json', '.'];

      const dry = await runCli(['fix', '--dry-run', ...args], { cwd });
      const planned = JSON.parse(dry.stdout) as FixJson;
      assert.deepEqual(planned.errors, []);
      assert.deepEqual(files(cwd), input, '--dry-run writes nothing');
      const diff = planned.diffs.map((entry) => entry.diff).join('');
      const expectedFile = join(folder, 'expected.diff');
      if (process.env['UPDATE_GOLDEN']) writeFileSync(expectedFile, diff);
      assert.equal(diff, readFileSync(expectedFile, 'utf8'), 'the dry run shows the golden diff');
      assert.equal(dry.code, 1, '--dry-run exits 1 when it would change files');

      const run = await runCli(['fix', ...args], { cwd });
      const done = JSON.parse(run.stdout) as FixJson;
      assert.notEqual(run.code, 2, run.stdout);
      assert.equal(done.diffs.map((entry) => entry.diff).join(''), diff, 'the run makes the change the dry run showed');
      const recheck = done.recheck!;
      assert.ok(recheck, 'the files are checked again');
      assert.deepEqual(recheck.introduced, [], 'the fixes introduce no finding');
      assert.deepEqual(recheck.errors, [], 'every file still parses');
      assert.deepEqual(recheck.unresolved, [], 'every fix made resolves its finding');
      assert.equal(recheck.fixed.length, done.applied.length);
      for (const rule of spec.gone) {
        assert.ok(done.applied.some((fix) => fix.ruleId === rule), `${rule} was fixed`);
        assert.ok(!recheck.remaining.some((finding) => finding.ruleId === rule), `${rule} is no longer reported`);
      }
      const after = files(cwd);

      const again = await runCli(['fix', ...args], { cwd });
      const second = JSON.parse(again.stdout) as FixJson;
      assert.deepEqual(second.applied, [], 'a second run fixes nothing');
      assert.deepEqual(second.diffs, [], 'a second run changes nothing');
      assert.deepEqual(files(cwd), after);
    });
  }
});

