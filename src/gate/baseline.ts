// Baselines: the findings already known, recorded by `policy baseline create` or computed from a
// git base. A finding is new unless the baseline holds its fingerprint; a baseline entry that the
// run no longer finds is fixed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSeverity, SUPPRESSION_KINDS, type Finding, type Severity, type SuppressionKind } from '../findings/finding.js';
import { GateError } from './error.js';

export const BASELINE_SCHEMA_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  file: string;
  resource: string;
  /** Tells apart findings that share a fingerprint (a rule reporting twice at one path). */
  message?: string;
  /** How the finding was accepted when the baseline was taken, if it was. */
  suppressed?: SuppressionKind;
}

export function baselineOf(findings: readonly Finding[]): BaselineEntry[] {
  return findings.map((finding) => ({
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: finding.location.file,
    resource: finding.resource,
    message: finding.message,
    ...(finding.suppressed ? { suppressed: finding.suppressed.kind } : {}),
  }));
}

/** Deterministic: entries in the findings' order, no timestamps. */
export function serializeBaseline(entries: readonly BaselineEntry[], version: string): string {
  return `${JSON.stringify({ schemaVersion: BASELINE_SCHEMA_VERSION, tool: { name: 'policygate', version }, findings: entries }, null, 2)}\n`;
}

export function readBaseline(file: string, cwd: string): BaselineEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new GateError(`${file}: cannot read the baseline (${reason})`);
  }
  const body = parsed as { schemaVersion?: unknown; findings?: unknown };
  if (body?.schemaVersion !== BASELINE_SCHEMA_VERSION || !Array.isArray(body.findings)) {
    throw new GateError(`${file}: not a policygate baseline (expected schemaVersion ${BASELINE_SCHEMA_VERSION} and a findings list; create one with \`policy baseline create -o ${file}\`)`);
  }
  return body.findings.map((entry: unknown, i) => {
    const item = entry as Partial<Record<keyof BaselineEntry, unknown>>;
    const text = (value: unknown) => typeof value === 'string' && value.length > 0;
    if (!item || !text(item.fingerprint) || !text(item.ruleId) || !isSeverity(item.severity) || !text(item.file) || typeof item.resource !== 'string') {
      throw new GateError(`${file}: findings[${i}] needs fingerprint, ruleId, severity, file and resource`);
    }
    if (item.message !== undefined && typeof item.message !== 'string') throw new GateError(`${file}: findings[${i}].message must be a string`);
    if (item.suppressed !== undefined && !(SUPPRESSION_KINDS as readonly unknown[]).includes(item.suppressed)) {
      throw new GateError(`${file}: findings[${i}].suppressed must be one of ${SUPPRESSION_KINDS.join(', ')}`);
    }
    return item as BaselineEntry;
  });
}

export interface Classified {
  findings: Finding[];
  /** Baseline entries in scope of this run that it no longer finds. */
  fixed: BaselineEntry[];
}

export interface ClassifyOptions {
  /** Said in the suppression of carried-over findings, e.g. "in baseline .policygate-baseline.json". */
  reason: string;
  /** Findings whose waiver expired: never carried over, as the expiry was the term of their acceptance. */
  lapsed: ReadonlySet<string>;
  /** Whether the run looked at this file: entries of files it did not check are not "fixed". */
  inScope: (file: string) => boolean;
}

/**
 * A finding the baseline holds is unchanged, and suppressed by it, unless its acceptance ended in
 * between: it was suppressed in the baseline and is not now (the comment or waiver was removed),
 * or its waiver expired. Removing or outliving a waiver must not hide behind the baseline.
 */
export function classify(findings: readonly Finding[], baseline: readonly BaselineEntry[], options: ClassifyOptions): Classified {
  const before = pair(findings, baseline);
  const classified = findings.map((finding, i): Finding => {
    const entry = before[i];
    const carried = entry && !options.lapsed.has(finding.fingerprint) && !(entry.suppressed && !finding.suppressed);
    if (!carried) return { ...finding, baselineState: 'new' };
    return { ...finding, baselineState: 'unchanged', suppressed: finding.suppressed ?? { kind: 'baseline', reason: options.reason } };
  });
  const paired = new Set(before);
  const fixed = baseline.filter((entry) => !paired.has(entry) && options.inScope(entry.file));
  return { findings: classified, fixed };
}

/**
 * The baseline entry each finding continues, one entry per finding: by fingerprint and message
 * first, then by fingerprint alone. A fingerprint twice in the run and once in the baseline is
 * one unchanged finding and one new one, never two unchanged.
 */
function pair(findings: readonly Finding[], baseline: readonly BaselineEntry[]): (BaselineEntry | undefined)[] {
  const unused = new Map<string, BaselineEntry[]>();
  for (const entry of baseline) unused.set(entry.fingerprint, [...(unused.get(entry.fingerprint) ?? []), entry]);
  const take = (finding: Finding, same: (entry: BaselineEntry) => boolean) => {
    const pool = unused.get(finding.fingerprint) ?? [];
    const at = pool.findIndex(same);
    return at === -1 ? undefined : pool.splice(at, 1)[0];
  };
  const byMessage = findings.map((finding) => take(finding, (entry) => entry.message === finding.message));
  return byMessage.map((entry, i) => entry ?? take(findings[i]!, () => true));
}
