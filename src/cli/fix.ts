// `policy fix`: applies the fixes rules declare, then checks again; --dry-run prints the diff.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Severity } from '../findings/finding.js';
import { runFix, type FixEntry, type FixOutcome } from '../fix/run.js';
import { buildReport } from '../report/model.js';
import { render } from '../report/render.js';
import { writeAtomic } from '../util/atomic.js';
import { gateOptions, parseOutput, type CheckCommandOptions } from './check.js';
import { UsageError, version, type Io } from './main.js';

export interface FixCommandOptions extends Omit<CheckCommandOptions, 'format' | 'baseline' | 'base' | 'softFail'> {
  format: 'text' | 'json';
  dryRun: boolean;
  unsafe: boolean;
  rules: string[];
  severity?: Severity;
}

export async function fixCommand(options: FixCommandOptions, io: Io): Promise<number> {
  if (options.paths.includes('-')) throw new UsageError('policy fix edits files in place and cannot read stdin; name the files or directories');
  const outputs = options.outputs.map(parseOutput);
  const outcome = await runFix({
    gate: gateOptions({ ...options, format: 'text', softFail: false }, io),
    dryRun: options.dryRun,
    unsafe: options.unsafe,
    rules: options.rules,
    ...(options.severity !== undefined ? { severity: options.severity } : {}),
  });
  for (const warning of outcome.before.warnings) io.stderr(`policy: warning: ${warning}\n`);
  // Reports of the findings as found, each with the fix planned for it (SARIF `fixes`).
  const { before } = outcome;
  const report = buildReport(before.result, before.decision, version(), { waivers: before.waivers });
  for (const output of outputs) {
    const path = resolve(io.cwd, output.path);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, render(output.format, report, { rules: before.rules, checked: before.checked, color: false }));
  }
  io.stdout(options.format === 'json' ? `${JSON.stringify(fixJson(outcome), null, 2)}\n` : fixText(outcome));
  return outcome.exitCode;
}


const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function line(fix: FixEntry, detail?: string): string {
  return `  ${fix.file}:${fix.line}  ${fix.ruleId}  ${fix.resource}: ${fix.description}${fix.unsafe && !detail ? ' (unsafe)' : ''}${detail ? `\n      ${detail}` : ''}\n`;
}

export function fixText(outcome: FixOutcome): string {
  let out = outcome.dryRun ? outcome.diffs.map((entry) => entry.diff).join('') : '';
  if (out) out += '\n';
  const files = outcome.diffs.length;
  if (outcome.applied.length) {
    out += `${outcome.dryRun ? 'Would fix' : 'Fixed'} ${plural(outcome.applied.length, 'finding')} in ${plural(files, 'file')} (${outcome.passes} pass${outcome.passes === 1 ? '' : 'es'}):\n`;
    for (const fix of outcome.applied) out += line(fix);
  } else out += outcome.dryRun ? 'Nothing to fix.\n' : 'Nothing fixed.\n';
  if (outcome.skipped.length) {
    out += `Not fixed (${outcome.skipped.length}):\n`;
    for (const fix of outcome.skipped) out += line(fix, fix.reason);
  }
  const { after } = outcome;
  if (after) {
    out += `Checked again: ${plural(after.fixed.length, 'finding')} fixed, ${plural(after.remaining.length, 'finding')} remain (policy check lists them).\n`;
    for (const fix of after.unresolved) out += `  still reported after its fix: ${fix.file}:${fix.line} ${fix.ruleId} ${fix.resource}\n`;
    if (after.introduced.length || after.errors.length) {
      out += `The fixes broke something:\n`;
      for (const finding of after.introduced) out += `  new finding ${finding.location.file}:${finding.location.startLine} ${finding.ruleId} ${finding.message}\n`;
      for (const error of after.errors) out += `  ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`;
    } else out += 'Nothing broke: no new findings, every file still parses.\n';
  }
  for (const error of outcome.before.result.errors) out += `error: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`;
  return out;
}

export function fixJson(outcome: FixOutcome): Record<string, unknown> {
  const { after } = outcome;
  return {
    schemaVersion: 1,
    dryRun: outcome.dryRun,
    passes: outcome.passes,
    applied: outcome.applied,
    skipped: outcome.skipped,
    diffs: outcome.diffs,
    ...(after
      ? {
          recheck: {
            fixed: after.fixed,
            unresolved: after.unresolved,
            remaining: after.remaining,
            introduced: after.introduced,
            errors: after.errors,
            decision: after.outcome.decision,
          },
        }
      : {}),
    errors: outcome.before.result.errors,
    exitCode: outcome.exitCode,
  };
}
