// The run-scope fixture suite: the same tests.yaml format as test/fixtures, but each case is a whole
// `policy check` run (document pass, then run pass over every document), which run-scope rules
// (deny_run) need and the document-pass runner of test/fixtures.test.ts does not perform.
import assert from 'node:assert/strict';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readSuite, type FixtureCase } from '../../src/authoring/fixtures.js';
import { run, type RunResult } from '../../src/engine/run.js';

const repo = join(import.meta.dirname, '../../..');
const suite = join(repo, 'test/k8s/fixtures/run/tests.yaml');

function problems(fixture: FixtureCase, result: RunResult): string[] {
  const found = [...result.errors.map((error) => `input error: ${error.file}: ${error.message}`)];
  const fired = (rule: string) => result.findings.filter((finding) => finding.ruleId === rule);
  for (const expected of fixture.expect ?? []) {
    const lines = fired(expected.rule).map((finding) => finding.location.startLine);
    if (!lines.length) found.push(`expected ${expected.rule} to fire; it did not`);
    else if (expected.line && !lines.includes(expected.line)) found.push(`expected ${expected.rule} on line ${expected.line}; it fired on line ${lines.join(', ')}`);
  }
  for (const rule of fixture.absent ?? []) {
    const unwanted = fired(rule);
    if (unwanted.length) found.push(`expected ${rule} not to fire; it fired at ${unwanted.map((f) => `${f.location.file}:${f.location.startLine}`).join(', ')}: ${unwanted[0]!.message}`);
  }
  return found;
}

describe(relative(repo, suite), () => {
  for (const fixture of readSuite(suite)) {
    test(fixture.name, async () => {
      const input = relative(repo, resolve(dirname(suite), fixture.input));
      const result = await run({ cwd: repo, paths: [input], bundles: [], builtin: true, profiles: [], formatOptions: {}, threads: 1 });
      assert.deepEqual(problems(fixture, result), []);
    });
  }
});
