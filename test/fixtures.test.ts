// Runs every tests.yaml under test/fixtures through the real pipeline (detect, parse, WASM, locate, run pass).
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { findSuites, readSuite, runCase } from '../src/authoring/fixtures.js';
import { builtinEngine } from './helpers.js';

const root = join(import.meta.dirname, '../../test/fixtures');

for (const suite of findSuites(root)) {
  describe(relative(root, suite), () => {
    for (const fixture of readSuite(suite)) {
      test(fixture.name, async () => {
        const result = await runCase(await builtinEngine(), suite, fixture);
        assert.deepEqual(result.problems, [], `${fixture.input}: ${result.problems.join('; ')}`);
      });
    }
  });
}
