import type { RuleMeta } from '../findings/finding.js';
import { profileSelects } from '../findings/profiles.js';
import { EXIT } from '../gate/decide.js';
import { loadBundles } from '../engine/run.js';
import { UsageError, type Io } from './main.js';

function catalog(bundles: string[], cwd: string): RuleMeta[] {
  return loadBundles({ bundles, builtin: true, cwd })
    .flatMap((bundle) => bundle.catalog)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function listCommand(options: { format: 'table' | 'json'; kind?: string; profile?: string; bundle: string[] }, io: Io): number {
  const rules = catalog(options.bundle, io.cwd).filter(
    (rule) => (!options.kind || rule.kind === options.kind) && (!options.profile || profileSelects(options.profile, rule.controls)),
  );
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
    return EXIT.passed;
  }
  const rows = rules.map((rule) => [rule.id, rule.severity, rule.kind, rule.title, rule.controls.join(' ')]);
  const header = ['ID', 'SEVERITY', 'KIND', 'TITLE', 'CONTROLS'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n${rules.length} rules\n`);
  return EXIT.passed;
}

export function explainCommand(ruleId: string, options: { bundle: string[] }, io: Io): number {
  const rule = catalog(options.bundle, io.cwd).find((candidate) => candidate.id.toLowerCase() === ruleId.toLowerCase());
  if (!rule) throw new UsageError(`no rule with id ${ruleId} (see \`policy list\`)`);
  io.stdout(
    [
      `${rule.id}  ${rule.title}`,
      `severity: ${rule.severity}    kind: ${rule.kind}`,
      `controls: ${rule.controls.join(', ') || '-'}`,
      '',
      rule.description.trim(),
      '',
      `Remediation: ${rule.remediation || '-'}`,
      '',
    ].join('\n'),
  );
  return EXIT.passed;
}
