// The compound rules' fixtures (test/risk/fixtures/compound/tests.yaml): each case is a whole
// run over a directory whose files form one change, document pass then run pass.
import assert from 'node:assert/strict';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readSuite } from '../../src/authoring/fixtures.js';
import { run } from '../../src/engine/run.js';

const repo = join(import.meta.dirname, '../../..');
const suite = join(repo, 'test/risk/fixtures/compound/tests.yaml');

describe(relative(repo, suite), () => {
  for (const fixture of readSuite(suite)) {
    test(fixture.name, async () => {
      const input = relative(repo, resolve(dirname(suite), fixture.input));
      const result = await run({ cwd: repo, paths: [input], bundles: [], builtin: true, profiles: [], formatOptions: {}, threads: 1 });
      assert.deepEqual(result.errors, []);
      for (const expected of fixture.expect ?? []) {
        const lines = result.findings.filter((finding) => finding.ruleId === expected.rule).map((finding) => finding.location.startLine);
        assert.ok(lines.length, `expected ${expected.rule} to fire`);
        if (expected.line) assert.ok(lines.includes(expected.line), `expected ${expected.rule} on line ${expected.line}; it fired on ${lines.join(', ')}`);
      }
      for (const rule of fixture.absent ?? []) assert.deepEqual(result.findings.filter((finding) => finding.ruleId === rule).map((finding) => finding.message), [], `${rule} must not fire`);
    });
  }
});
