// The worked examples of docs/risk.md are tests: each ```yaml risk-example block is checked
// against the model (items with base scores and factors) or against a real run (`run`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { load } from 'js-yaml';
import type { RiskReport } from '../../src/risk/change.js';
import { applyFactors, combine, rating, type Factor, type FactorName } from '../../src/risk/score.js';
import { runCli } from '../helpers.js';

const repo = join(import.meta.dirname, '../../..');

interface Example {
  items: { id: string; group?: string; base?: number; factors?: Record<string, number>; risk: number }[];
  run?: string[];
  absent?: string[];
  score: number;
  rating: string;
}

const examples = [...readFileSync(join(repo, 'docs/risk.md'), 'utf8').matchAll(/```yaml risk-example\n([\s\S]*?)```/g)].map((match) => load(match[1]!) as Example);

const factor = (name: string, value: number): Factor => (name === 'known-exploited' ? { name, atLeast: value, reason: 'docs' } : { name: name as FactorName, multiply: value, reason: 'docs' });

describe('docs/risk.md worked examples', () => {
  test('there are examples of the model and of real runs', () => {
    assert.ok(examples.filter((example) => !example.run).length >= 6);
    assert.ok(examples.filter((example) => example.run).length >= 2);
  });

  examples.forEach((example, n) => {
    test(`example block ${n + 1}: ${example.run ? `policy risk ${example.run.join(' ')}` : example.items.map((item) => item.id).join(', ')}`, async () => {
      if (!example.run) {
        const risks = example.items.map((item) => applyFactors(item.base!, Object.entries(item.factors ?? {}).map(([name, value]) => factor(name, value))));
        assert.deepEqual(risks, example.items.map((item) => item.risk), 'each item\'s risk');
        const { score } = combine(example.items.map((item, i) => ({ risk: risks[i]!, group: item.group ?? item.id })));
        assert.equal(score, example.score);
        assert.equal(rating(score), example.rating);
        return;
      }
      const { stdout, code } = await runCli(['risk', ...example.run, '--format', 'json'], { cwd: repo });
      assert.equal(code, 0, stdout);
      const risk = (JSON.parse(stdout) as { risk: RiskReport }).risk;
      const listed = [...risk.contributors, ...risk.compounds, ...(risk.vulnerabilities?.items ?? [])];
      for (const item of example.items) assert.equal(listed.find((found) => found.id === item.id)?.risk, item.risk, item.id);
      for (const id of example.absent ?? []) assert.equal(listed.find((found) => found.id === id), undefined, `${id} is not scored`);
      assert.equal(risk.score, example.score);
      assert.equal(risk.rating, example.rating);
    });
  });
});
