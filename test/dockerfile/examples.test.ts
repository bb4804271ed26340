// examples/docker: the seed's Dockerfile is flagged, its hardened rewrite passes every rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { toFinding } from '../../src/engine/check.js';
import type { Finding } from '../../src/findings/finding.js';
import { dockerfile } from '../../src/formats/dockerfile/index.js';
import type { ParseContext } from '../../src/formats/types.js';
import { builtinEngine } from '../helpers.js';

const examples = join(import.meta.dirname, '../../../examples/docker');
const context: ParseContext = { cwd: '/', root: examples, options: {}, readFile: () => '', listDir: () => undefined };

async function check(name: string): Promise<Finding[]> {
  const file = `examples/docker/${name}`;
  const text = readFileSync(join(examples, name), 'utf8');
  assert.ok(dockerfile.detect(file, text), `${file} is detected as a Dockerfile`);
  const engine = await builtinEngine();
  const findings: Finding[] = [];
  for (const document of dockerfile.parse(text, file, context)) {
    const raw = await engine.evaluate({ kind: 'dockerfile', file, document: document.document, context: {} });
    findings.push(...raw.map((finding) => toFinding(engine, finding, document)));
  }
  return findings;
}

describe('examples/docker', () => {
  test('the seed Dockerfile runs as root, unpinned, without a health check', async () => {
    const findings = await check('Dockerfile');
    const fired = new Map(findings.map((finding) => [finding.ruleId, finding]));
    assert.deepEqual([...fired.keys()].sort(), ['DOCKER-001', 'DOCKER-004', 'DOCKER-014', 'DOCKER-015', 'DOCKER-021']);
    assert.equal(fired.get('DOCKER-001')!.severity, 'high');
    assert.equal(fired.get('DOCKER-001')!.location.startLine, 3);
    assert.equal(fired.get('DOCKER-015')!.location.startLine, 5);
  });

  test('the hardened multi-stage rewrite passes', async () => {
    assert.deepEqual(await check('hardened.Dockerfile'), []);
  });
});
