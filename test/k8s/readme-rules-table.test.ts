import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { RuleMeta } from '../../src/findings/finding.js';

const repo = join(import.meta.dirname, '../../..');
const script = join(repo, 'scripts/rules-table.mjs');

describe('the README rules table', () => {
  test('is up to date with policies/dist/catalog.json', () => {
    const check = spawnSync(process.execPath, [script, '--check'], { cwd: repo, encoding: 'utf8' });
    assert.equal(
      check.status,
      0,
      `${check.stderr.trim()}\nThe README's table between <!-- rules:start --> and <!-- rules:end --> is generated: run \`npm run build:policies && node scripts/rules-table.mjs\` and commit README.md.`,
    );
  });

  test('lists every rule of the catalog once, with its severity and controls', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const catalog = JSON.parse(readFileSync(join(repo, 'policies/dist/catalog.json'), 'utf8')) as RuleMeta[];
    const rows = readme.split('\n').filter((line) => /^\| [A-Z][A-Z0-9]*-[A-Z0-9-]+ \|/.test(line));
    assert.equal(rows.length, catalog.length);
    for (const rule of catalog) {
      const row = rows.find((line) => line.startsWith(`| ${rule.id} |`));
      assert.ok(row, `${rule.id} is missing from the README`);
      assert.ok(row.startsWith(`| ${rule.id} | ${rule.severity} |`) && row.endsWith(`| ${rule.controls.join(', ').replaceAll('|', '\\|')} |`), row);
    }
  });
});
