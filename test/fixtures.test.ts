// Runs every tests.yaml under test/fixtures through the real pipeline (detect, parse, WASM, locate).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { readSuite, runCase } from '../src/authoring/fixtures.js';
import { builtinEngine } from './helpers.js';

const root = join(import.meta.dirname, '../../test/fixtures');

function suites(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? suites(join(dir, entry.name)) : entry.name === 'tests.yaml' ? [join(dir, entry.name)] : [],
  );
}

for (const suite of suites(root)) {
  describe(relative(root, suite), () => {
    for (const fixture of readSuite(suite)) {
      test(fixture.name, async () => {
        const result = await runCase(await builtinEngine(), suite, fixture);
        assert.deepEqual(result.problems, [], `${fixture.input}: ${result.problems.join('; ')}`);
      });
    }
  });
}
