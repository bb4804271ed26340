import { SEVERITIES, SUPPRESSION_KINDS, type Finding, type Severity, type SuppressionKind } from '../findings/finding.js';
import type { WaiverEntry } from '../findings/waivers.js';
import type { CheckError } from '../engine/check.js';
import type { ImageLink } from '../engine/links.js';
import type { RunResult } from '../engine/run.js';
import type { Decision } from '../gate/decide.js';
import type { Comparison } from '../gate/pipeline.js';
import type { RiskReport } from '../risk/change.js';

/** Bumped whenever the shape of `--format json` changes incompatibly. */
export const SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: number;
  tool: { name: 'policygate'; version: string };
  decision: Decision;
  summary: {
    files: { checked: number; skipped: number };
    documents: number;
    /** Findings that count: not suppressed. */
    findings: number;
    bySeverity: Record<Severity, number>;
    /** Findings listed but accepted (they never block), by how. */
    suppressed: { total: number; byKind: Record<SuppressionKind, number> };
    /** With a baseline or a git base: findings the change introduced, carried over, and fixed. */
    comparison?: { new: number; unchanged: number; fixed: number };
    errors: number;
  };
  /** Every finding, suppressed ones included (with `suppressed` set). */
  findings: Finding[];
  errors: CheckError[];
  notes: Record<string, unknown>[];
  /** Images built by a checked Dockerfile, with the checked resources that run them (README: Dockerfiles). */
  links: ImageLink[];
  /** Config waivers, inline comments and annotations, with their status (active, expiring, expired, unused). */
  waivers: WaiverEntry[];
  /** The baseline or git base compared with, and the findings it had that are now fixed. */
  comparison?: Comparison;
  /** The change's risk, 0 to 100, explained (docs/risk.md). */
  risk?: RiskReport;
}

export interface ReportExtras {
  waivers?: WaiverEntry[];
  comparison?: Comparison;
  risk?: RiskReport;
}

export function buildReport(result: RunResult, decision: Decision, version: string, extras: ReportExtras = {}): Report {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const byKind = Object.fromEntries(SUPPRESSION_KINDS.map((kind) => [kind, 0])) as Record<SuppressionKind, number>;
  for (const finding of result.findings) {
    if (finding.suppressed) byKind[finding.suppressed.kind]++;
    else bySeverity[finding.severity]++;
  }
  const suppressed = SUPPRESSION_KINDS.reduce((total, kind) => total + byKind[kind], 0);
  const { comparison } = extras;
  const states = (state: Finding['baselineState']) => result.findings.filter((finding) => finding.baselineState === state).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'policygate', version },
    decision,
    summary: {
      files: result.files,
      documents: result.documents,
      findings: result.findings.length - suppressed,
      bySeverity,
      suppressed: { total: suppressed, byKind },
      ...(comparison ? { comparison: { new: states('new'), unchanged: states('unchanged'), fixed: comparison.fixed.length } } : {}),
      errors: result.errors.length,
    },
    findings: result.findings,
    errors: result.errors,
    notes: result.notes,
    links: result.links ?? [],
    waivers: extras.waivers ?? [],
    ...(comparison ? { comparison } : {}),
    ...(extras.risk ? { risk: extras.risk } : {}),
  };
}
