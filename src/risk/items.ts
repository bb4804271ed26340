// Scored items: a finding, a vulnerability or a compound weakness, each with its base score,
// the context factors applied to it and its risk from 0 to 10.
import type { Finding } from '../findings/finding.js';
import type { Vulnerability } from '../vuln/index.js';
import { NOT_AFFECTED } from '../vuln/vex.js';
import type { RiskConfig } from './config.js';
import { contextFactors, type ResourceContext, type RiskContext } from './context.js';
import { resourceKey } from './resources.js';
import { applyFactors, BASE_SCORES, type Factor } from './score.js';
import { signalsOf } from './signals.js';

export interface RiskItem {
  kind: 'finding' | 'vulnerability' | 'compound';
  /** Rule id, vulnerability id, or compound id. */
  id: string;
  title: string;
  /** Where: `file: resource` for findings, the affected packages for vulnerabilities. */
  where: string;
  /** Items on the same resource share a group (the vulnerability's id for vulnerabilities). */
  group: string;
  base: { score: number; from: string };
  factors: Factor[];
  /** 0 to 10. */
  risk: number;
  /** Its share of the change risk in points (see combine in score.ts). */
  contribution?: number;
  /** Findings: their fingerprint, so that reports can link an item to its finding. */
  fingerprint?: string;
  /** Compound weaknesses found from vulnerabilities: what they combine (compound rules name their parts in `title`, their message). */
  parts?: string[];
}

export function findingItem(finding: Finding, context: RiskContext, config: RiskConfig): RiskItem {
  const signals = signalsOf(finding);
  const compound = signals.has('compound');
  // A finding that is itself the exposure (or privilege) is not raised by it again; a compound finding is about both.
  const factors = context.factors(finding.location.file, finding.resource, config, { exposure: compound || signals.has('exposure'), privilege: compound || signals.has('privilege') });
  const base = BASE_SCORES[finding.severity];
  return {
    kind: compound ? 'compound' : 'finding',
    id: finding.ruleId,
    title: finding.message,
    where: `${finding.location.file}:${finding.location.startLine}: ${finding.resource}`,
    group: resourceKey(finding.location.file, finding.resource),
    base: { score: base, from: `severity ${finding.severity}` },
    factors,
    risk: applyFactors(base, factors),
    fingerprint: finding.fingerprint,
  };
}

/** The strongest context among the resources that run a vulnerable component (none for packages no resource of the change runs). */
export function mergedContext(contexts: readonly ResourceContext[]): ResourceContext {
  const production = contexts.find((context) => context.environment?.name === 'production')?.environment;
  const known = contexts.filter((context) => context.environment);
  const environment = production ?? (known.length && known.length === contexts.length ? known[0]!.environment : undefined);
  const exposure = contexts.find((context) => context.exposure)?.exposure;
  const privilege = contexts.find((context) => context.privilege)?.privilege;
  return { ...(exposure ? { exposure } : {}), ...(privilege ? { privilege } : {}), ...(environment ? { environment } : {}) };
}

export function vulnerabilityItem(vulnerability: Vulnerability, contexts: ResourceContext[], config: RiskConfig): RiskItem {
  const { severity } = vulnerability;
  const base = severity.cvss
    ? { score: severity.cvss.score, from: `CVSS ${severity.cvss.version} ${severity.cvss.score} (${severity.cvss.vector})` }
    : severity.rating === 'unknown'
      ? { score: BASE_SCORES.medium, from: 'severity unknown, scored as medium' }
      : { score: BASE_SCORES[severity.rating === 'none' ? 'info' : severity.rating], from: `severity ${severity.label ?? severity.rating}` };
  const factors = contextFactors(mergedContext(contexts), config);
  if (vulnerability.kev) factors.push({ name: 'known-exploited', atLeast: config.factors.knownExploited, reason: `${vulnerability.kev.cve} is in CISA KEV${vulnerability.kev.dateAdded ? ` since ${vulnerability.kev.dateAdded}` : ''}` });
  if (vulnerability.epss && vulnerability.epss.epss > 0 && config.factors.epss > 0) {
    factors.push({ name: 'epss', multiply: Number((1 + config.factors.epss * vulnerability.epss.epss).toFixed(3)), reason: `${vulnerability.epss.cve} EPSS ${vulnerability.epss.epss} (percentile ${vulnerability.epss.percentile})` });
  }
  const counted = vulnerability.affects.filter((affect) => !affect.vex || !NOT_AFFECTED.has(affect.vex.state));
  return {
    kind: 'vulnerability',
    id: vulnerability.id,
    title: vulnerability.summary ?? vulnerability.id,
    where: counted.map((affect) => affect.purl).join(', '),
    group: `vulnerability\u0000${vulnerability.id}`,
    base,
    factors,
    risk: applyFactors(base.score, factors),
  };
}

