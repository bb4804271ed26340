import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import type { CheckError } from '../engine/check.js';
import type { RunResult } from '../engine/run.js';
import type { Decision } from '../gate/decide.js';

/** Bumped whenever the shape of `--format json` changes incompatibly. */
export const SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: number;
  tool: { name: 'policygate'; version: string };
  decision: Decision;
  summary: {
    files: { checked: number; skipped: number };
    documents: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    errors: number;
  };
  findings: Finding[];
  errors: CheckError[];
  notes: Record<string, unknown>[];
}

export function buildReport(result: RunResult, decision: Decision, version: string): Report {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of result.findings) bySeverity[finding.severity]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'policygate', version },
    decision,
    summary: { files: result.files, documents: result.documents, findings: result.findings.length, bySeverity, errors: result.errors.length },
    findings: result.findings,
    errors: result.errors,
    notes: result.notes,
  };
}
