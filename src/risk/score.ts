// The arithmetic of the risk model (docs/risk.md): a base score from 0 to 10, context factors
// that multiply it or set a floor, and the change risk from 0 to 100 that combines every item
// as chances (see combine). Each item can only raise the change risk, which stays within 0 and 100.
import type { Severity } from '../findings/finding.js';

export type Rating = 'none' | 'low' | 'medium' | 'high' | 'critical';

export type FactorName = 'internet-exposure' | 'privilege' | 'production' | 'non-production' | 'known-exploited' | 'epss';

export interface Factor {
  name: FactorName;
  /** Multiplies the score. */
  multiply?: number;
  /** Raises the score to at least this. */
  atLeast?: number;
  reason: string;
}

/** Severity words to base scores: the middle of CVSS's qualitative bands (info below low). */
export const BASE_SCORES: Record<Severity, number> = { critical: 9.5, high: 8, medium: 5.5, low: 2, info: 0.5 };

/** Half-up rounding to one decimal that does not suffer from binary fractions (2.675 → 2.7). */
export function roundTenth(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/** base × every multiplier, raised to every floor, at most 10, to one decimal. */
export function applyFactors(base: number, factors: readonly Factor[]): number {
  const multiplied = factors.reduce((score, factor) => score * (factor.multiply ?? 1), base);
  const floor = Math.max(0, ...factors.map((factor) => factor.atLeast ?? 0));
  return roundTenth(Math.min(10, Math.max(multiplied, floor)));
}

/** An item's chance in the combination: (risk/10)⁴, so that a few severe items outweigh many slight ones. */
export function weight(risk: number): number {
  return (Math.min(10, Math.max(0, risk)) / 10) ** 4;
}

export interface Scored {
  risk: number;
  /** Items on the same resource form a group: its k-th largest item counts 1/k. */
  group: string;
}

/**
 * The change risk from 0 to 100: 100 × (1 − exp(−Σ lᵢ / kᵢ)), where lᵢ = −ln(1 − (riskᵢ/10)⁴) and
 * kᵢ is the item's rank within its group (1 for the largest). With one item per resource this
 * is 100 × (1 − Π(1 − (risk/10)⁴)): independent chances. Damping within a resource keeps ten
 * findings about one Deployment from counting as ten independent exposures; adding an item
 * never lowers the sum (the added term outweighs what the items it displaces lose). The score is
 * divided among the items in proportion to their terms (items at risk 10 saturate it and share it).
 */
export function combine(items: readonly Scored[]): { score: number; contributions: number[] } {
  const terms = new Array<number>(items.length).fill(0);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const members = groups.get(item.group);
    if (members) members.push(i);
    else groups.set(item.group, [i]);
  });
  for (const members of groups.values()) {
    members.sort((a, b) => items[b]!.risk - items[a]!.risk);
    members.forEach((i, rank) => (terms[i] = -Math.log(1 - weight(items[i]!.risk)) / (rank + 1)));
  }
  const saturated = terms.filter((term) => term === Infinity).length;
  const total = terms.reduce((sum, term) => sum + term, 0);
  const score = saturated ? 100 : Math.round(100 * (1 - Math.exp(-total)));
  const contributions = terms.map((term) => roundTenth(saturated ? (term === Infinity ? score / saturated : 0) : total > 0 ? (score * term) / total : 0));
  return { score, contributions };
}

export function rating(score: number): Rating {
  if (score <= 0) return 'none';
  if (score < 40) return 'low';
  if (score < 70) return 'medium';
  if (score < 90) return 'high';
  return 'critical';
}
