// Writes the README's rules table (between <!-- rules:start --> and <!-- rules:end -->) from the
// built catalog, policies/dist/catalog.json: `node scripts/rules-table.mjs` after
// `npm run build:policies`. With --check it changes nothing and exits 1 when the table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

const cell = (text) => text.replaceAll('|', '\\|');

/** The Markdown between the markers: a count per severity, then one row per rule, by id. */
export function rulesTable(catalog) {
  const counts = SEVERITIES.map((severity) => `${catalog.filter((rule) => rule.severity === severity).length} ${severity}`);
  const rows = catalog.map((rule) => `| ${rule.id} | ${rule.severity} | ${cell(rule.title)} | ${cell(rule.controls.join(', '))} |`);
  return [
    `${catalog.length} rules (${counts.join(', ')}), generated from \`policies/dist/catalog.json\` by \`node scripts/rules-table.mjs\`.`,
    '',
    '| id | severity | title | controls |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with its table replaced; throws when the markers are missing. */
export function withRulesTable(readme, catalog) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable(catalog)}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const catalog = JSON.parse(readFileSync(join(root, 'policies/dist/catalog.json'), 'utf8'));
  const updated = withRulesTable(readme, catalog);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the rules table is out of date with policies/dist/catalog.json; run `node scripts/rules-table.mjs` (after `npm run build:policies`).');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync(readmePath, updated);
    console.error(`README.md: rules table updated (${catalog.length} rules)`);
  }
}
