import { createHash } from 'node:crypto';
import type { FixDeclaration } from '../fix/declaration.js';
import type { DocPath, Kind, RelatedLocation, Span } from '../formats/types.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule's METADATA, as written in its Rego package; bundles carry it in their catalog. */
export interface RuleMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  kind: Kind;
  controls: string[];
  remediation: string;
  /** Message template with {{placeholders}} filled from the finding's params. */
  message: string;
  /** How `policy fix` fixes the rule's findings (custom.fix in the METADATA), when it can. */
  fix?: FixDeclaration[];
}

/** What a Rego rule returns for one violation (lib.result.finding): the rest is in the catalog. */
export interface RawFinding {
  id: string;
  path: (string | number)[];
  params?: Record<string, unknown>;
  /** Run-scope findings only: the id of the indexed document the finding is about. */
  document?: number;
}

export interface Location extends Span {
  file: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  kind: Kind;
  resource: string;
  path: DocPath;
  location: Location;
  /** Other places that explain the value, e.g. the parameters-file line it came from. */
  related?: RelatedLocation[];
  controls: string[];
  remediation: string;
  fingerprint: string;
  /** Set when the finding is accepted: it stays in the report but never blocks. */
  suppressed?: Suppression;
  /** Set when compared with a baseline file or a git base: whether the change introduced it. */
  baselineState?: BaselineState;
  /** The edits `policy fix` would make for this finding, when it has planned them. */
  fix?: FindingFix;
}

/** A planned fix as text replacements (1-based, end exclusive; an insertion has start = end), as SARIF `fixes` carry them. */
export interface FindingFix {
  description: string;
  /** Set when the fix can change behaviour beyond security: why (applied only with --unsafe). */
  unsafe?: string;
  changes: { file: string; replacements: (Span & { text: string })[] }[];
}

export const SUPPRESSION_KINDS = ['annotation', 'inline', 'waiver', 'baseline'] as const;
export type SuppressionKind = (typeof SUPPRESSION_KINDS)[number];

/** Why a finding does not count: a resource annotation, an inline comment, a config waiver, or a baseline. */
export interface Suppression {
  kind: SuppressionKind;
  reason: string;
  owner?: string;
  expires?: string;
}

export type BaselineState = 'new' | 'unchanged';

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Fills {{name}} placeholders; a missing value stays visible rather than vanishing. */
export function renderMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** Stable across line shifts: depends on where the problem is, not on which line it sits. */
export function fingerprint(ruleId: string, file: string, resource: string, path: DocPath): string {
  return createHash('sha256').update(JSON.stringify([ruleId, file, resource, path])).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.location.file, b.location.file) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.fingerprint, b.fingerprint)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
