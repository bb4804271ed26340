// Accepting findings: config waivers, inline comments and resource annotations all become one
// kind of acceptance with a scope, a reason and maybe an owner and expiry date. An expired one no
// longer suppresses; every one is reported with its status, so that nothing is waived silently.
import type { Config, Waiver } from '../config/load.js';
import { PathPatterns, ruleIds, wildcard } from '../config/patterns.js';
import type { Finding, SuppressionKind } from './finding.js';
import { annotationCovers, inlineCovers, isDate, type Directive } from './suppress.js';

/** Waivers that expire within this many days are listed as expiring (e.g. in the Markdown report). */
export const EXPIRING_WITHIN_DAYS = 30;

export type WaiverStatus = 'active' | 'expiring' | 'expired' | 'unused';

/** One acceptance as reported: where it is written, what it covers and whether it still applies. */
export interface WaiverEntry {
  source: 'config' | 'inline' | 'annotation';
  rules: string[];
  scope: string;
  reason: string;
  owner?: string;
  expires?: string;
  status: WaiverStatus;
  /** Days until `expires` (negative once expired). */
  daysLeft?: number;
  /** Findings it covers (suppressed, or that it would suppress had it not expired). */
  matched: number;
  location: { file: string; line: number };
}

export interface Acceptance {
  kind: Exclude<SuppressionKind, 'baseline'>;
  entry: Omit<WaiverEntry, 'status' | 'daysLeft' | 'matched'>;
  covers(finding: Finding): boolean;
}

export function configAcceptances(config: Config, cwd: string): Acceptance[] {
  return config.waivers.map((waiver) => {
    const rule = ruleIds([waiver.rule]);
    const path = waiver.path === undefined ? undefined : new PathPatterns([waiver.path], config.dir);
    const resource = waiver.resource === undefined ? undefined : wildcard(waiver.resource);
    return {
      kind: 'waiver',
      entry: {
        source: 'config',
        rules: [waiver.rule],
        scope: scopeOf(waiver),
        reason: waiver.reason,
        owner: waiver.owner,
        expires: waiver.expires,
        location: { file: config.file ?? '', line: waiver.line },
      },
      covers: (finding) =>
        rule(finding.ruleId) &&
        (!path || path.matches(finding.location.file, cwd)) &&
        (!resource || resource(finding.resource)) &&
        (waiver.fingerprint === undefined || waiver.fingerprint === finding.fingerprint),
    };
  });
}

function scopeOf(waiver: Waiver): string {
  return [
    waiver.path !== undefined ? `path ${waiver.path}` : '',
    waiver.resource !== undefined ? `resource ${waiver.resource}` : '',
    waiver.fingerprint !== undefined ? `fingerprint ${waiver.fingerprint}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Well-formed directives only: a malformed one suppresses nothing (it is reported as a finding instead). */
export function directiveAcceptances(directives: readonly Directive[]): Acceptance[] {
  return directives
    .filter((directive) => !directive.problem)
    .map((directive) => {
      const rule = ruleIds(directive.rules);
      const where = directive.source === 'annotation' ? annotationCovers : inlineCovers;
      return {
        kind: directive.source,
        entry: {
          source: directive.source,
          rules: directive.rules,
          scope: directive.source === 'annotation' ? `resource ${directive.resource}` : `line ${directive.span.startLine} and the line below`,
          reason: directive.reason!,
          ...(directive.expires ? { expires: directive.expires } : {}),
          location: { file: directive.file, line: directive.span.startLine },
        },
        covers: (finding) => rule(finding.ruleId) && where(directive, finding),
      };
    });
}

export interface Accepted {
  findings: Finding[];
  waivers: WaiverEntry[];
  /** Fingerprints of findings that only an expired acceptance covers: their grace is over. */
  lapsed: Set<string>;
}

/**
 * Marks each finding with the first acceptance that covers it and has not expired, trying the
 * most specific first (annotations, then inline comments, then config waivers).
 */
export function accept(findings: readonly Finding[], acceptances: readonly Acceptance[], today: string): Accepted {
  const order: Acceptance['kind'][] = ['annotation', 'inline', 'waiver'];
  const sorted = [...acceptances].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const matched = new Map<Acceptance, number>();
  const lapsed = new Set<string>();
  const expired = (acceptance: Acceptance) => acceptance.entry.expires !== undefined && acceptance.entry.expires < today;
  const result = findings.map((finding) => {
    if (finding.suppressed) return finding;
    const covering = sorted.filter((acceptance) => acceptance.covers(finding));
    for (const acceptance of covering) matched.set(acceptance, (matched.get(acceptance) ?? 0) + 1);
    const active = covering.find((acceptance) => !expired(acceptance));
    if (!active) {
      if (covering.length) lapsed.add(finding.fingerprint);
      return finding;
    }
    const { reason, owner, expires } = active.entry;
    return { ...finding, suppressed: { kind: active.kind, reason, ...(owner ? { owner } : {}), ...(expires ? { expires } : {}) } };
  });
  const waivers = sorted.map((acceptance): WaiverEntry => {
    const count = matched.get(acceptance) ?? 0;
    const daysLeft = acceptance.entry.expires === undefined ? undefined : daysBetween(today, acceptance.entry.expires);
    const status: WaiverStatus = expired(acceptance)
      ? 'expired'
      : count === 0
        ? 'unused'
        : daysLeft !== undefined && daysLeft <= EXPIRING_WITHIN_DAYS
          ? 'expiring'
          : 'active';
    return { ...acceptance.entry, status, ...(daysLeft !== undefined ? { daysLeft } : {}), matched: count };
  });
  return { findings: result, waivers, lapsed };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today as YYYY-MM-DD (UTC), or the date given (POLICYGATE_TODAY), so that runs are reproducible. */
export function todayFrom(given: string | undefined, now: Date = new Date()): string {
  if (given === undefined || given === '') return now.toISOString().slice(0, 10);
  if (!isDate(given)) throw new RangeError(`POLICYGATE_TODAY=${given} is not a date (YYYY-MM-DD)`);
  return given;
}
