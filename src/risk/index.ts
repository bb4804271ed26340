// The risk of a change: every finding that counts, every vulnerability that counts and every
// compound weakness is scored from 0 to 10 in its context, and combined into one number
// from 0 to 100 with a rating, explained by its top contributors and every factor applied.
import type { Finding } from '../findings/finding.js';
import type { SbomComponent, Vulnerability } from '../vuln/index.js';
import { imageCompounds, imageSources } from './compound.js';
import { DEFAULT_RISK_CONFIG, type RiskConfig } from './config.js';
import { RiskContext } from './context.js';
import { findingItem, vulnerabilityItem, type RiskItem } from './items.js';
import type { ResourceFacts } from './resources.js';
import { combine, rating, type FactorName, type Rating } from './score.js';

export { DEFAULT_RISK_CONFIG, loadRiskConfig, RiskConfigError, type RiskConfig } from './config.js';
export { resourcesOf, type ResourceFacts } from './resources.js';
export type { RiskItem } from './items.js';
export type { Factor, Rating } from './score.js';

export interface FactorSummary {
  name: FactorName;
  /** "×1.3", "≥9", or "×1.05–×1.47" when it varies (EPSS). */
  effect: string;
  items: number;
  /** Why it applied, once each. */
  reasons: string[];
}

export interface ChangeRisk {
  /** 0 to 100. */
  score: number;
  rating: Rating;
  /** Every item, highest risk first. */
  items: RiskItem[];
  /** The items that contribute most (at most ten), each with its `contribution` in points. */
  contributors: RiskItem[];
  factors: FactorSummary[];
  counts: { findings: number; vulnerabilities: number; compounds: number };
}

export interface RiskInput {
  /** Every finding of the run; suppressed ones give context (a waived LoadBalancer finding is still a LoadBalancer) but are not scored. */
  findings: readonly Finding[];
  resources: readonly ResourceFacts[];
  vulnerabilities?: readonly Vulnerability[];
  /** The SBOM's components, for the workloads that run each image. */
  components?: readonly SbomComponent[];
  config?: RiskConfig;
}

const compareItems = (a: RiskItem, b: RiskItem) => b.risk - a.risk || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.where < b.where ? -1 : a.where > b.where ? 1 : 0);

function summarise(items: readonly RiskItem[]): FactorSummary[] {
  const byName = new Map<FactorName, { effects: Set<string>; multipliers: number[]; items: number; reasons: Set<string> }>();
  for (const item of items) {
    for (const factor of item.factors) {
      const entry = byName.get(factor.name) ?? { effects: new Set<string>(), multipliers: [], items: 0, reasons: new Set<string>() };
      if (factor.multiply !== undefined) entry.multipliers.push(factor.multiply);
      if (factor.atLeast !== undefined) entry.effects.add(`≥${factor.atLeast}`);
      entry.items++;
      entry.reasons.add(factor.reason);
      byName.set(factor.name, entry);
    }
  }
  return [...byName].map(([name, entry]) => {
    const low = Math.min(...entry.multipliers);
    const high = Math.max(...entry.multipliers);
    const multiplier = entry.multipliers.length ? (low === high ? `×${low}` : `×${low}–×${high}`) : undefined;
    return { name, effect: [multiplier, ...entry.effects].filter(Boolean).join(' '), items: entry.items, reasons: [...entry.reasons] };
  });
}

export function assessRisk(input: RiskInput): ChangeRisk {
  const config = input.config ?? DEFAULT_RISK_CONFIG;
  const context = new RiskContext(input.findings, input.resources, config);
  const items: RiskItem[] = input.findings.filter((finding) => !finding.suppressed).map((finding) => findingItem(finding, context, config));
  const sources = imageSources(input.components ?? []);
  const counted = (input.vulnerabilities ?? []).filter((vulnerability) => vulnerability.counted);
  for (const vulnerability of counted) {
    const contexts = vulnerability.affects.flatMap((affect) => (sources.get(affect.ref) ?? []).map((source) => context.of(source.file, source.resource)));
    items.push(vulnerabilityItem(vulnerability, contexts, config));
  }
  items.push(...imageCompounds(counted, input.components ?? [], context, config));
  items.sort(compareItems);
  const { score, contributions } = combine(items);
  items.forEach((item, i) => (item.contribution = contributions[i]!));
  const contributors = [...items].sort((a, b) => b.contribution! - a.contribution! || compareItems(a, b)).slice(0, 10);
  return {
    score,
    rating: rating(score),
    items,
    contributors,
    factors: summarise(items),
    counts: {
      findings: items.filter((item) => item.kind === 'finding').length,
      vulnerabilities: items.filter((item) => item.kind === 'vulnerability').length,
      compounds: items.filter((item) => item.kind === 'compound').length,
    },
  };
}
