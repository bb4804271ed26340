// CVSS v3.0 and v3.1 vectors, parsed and scored from the FIRST specifications (section 7 of
// each: base, temporal and environmental equations, and Appendix A's Roundup for v3.1).
// The versions differ in two places: Roundup (v3.0 rounds up in floating point, v3.1 works
// in integers to avoid floating-point error) and the environmental ModifiedImpact with a
// changed scope (v3.1: 7.52 × (MISS − 0.029) − 3.25 × (MISS × 0.9731 − 0.02)^13).

export type Cvss3Version = '3.0' | '3.1';

export interface Cvss3Scores {
  version: Cvss3Version;
  base: number;
  impact: number;
  exploitability: number;
  /** Present when the vector sets a temporal metric. */
  temporal?: number;
  /** Present when the vector sets an environmental metric. */
  environmental?: number;
}

export class CvssError extends Error {}

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
  E: { X: 1, H: 1, F: 0.97, P: 0.94, U: 0.91 },
  RL: { X: 1, U: 1, W: 0.97, T: 0.96, O: 0.95 },
  RC: { X: 1, C: 1, R: 0.96, U: 0.92 },
  REQUIREMENT: { X: 1, H: 1.5, M: 1, L: 0.5 },
} as const;

/** Privileges Required weighs more when the scope changes. */
const PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } } as const;

const BASE_METRICS = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;
const TEMPORAL_METRICS = ['E', 'RL', 'RC'] as const;
const ENVIRONMENTAL_METRICS = ['CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA'] as const;

const ALLOWED: Record<string, readonly string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
  E: ['X', 'H', 'F', 'P', 'U'],
  RL: ['X', 'U', 'W', 'T', 'O'],
  RC: ['X', 'C', 'R', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'H', 'L', 'N'],
  MI: ['X', 'H', 'L', 'N'],
  MA: ['X', 'H', 'L', 'N'],
};

/** Reads `CVSS:3.x/AV:N/...`: every base metric exactly once, the others at most once, in any order. */
export function parseCvss3(vector: string): { version: Cvss3Version; metrics: Record<string, string> } {
  const [prefix, ...parts] = vector.trim().split('/');
  const version = prefix === 'CVSS:3.0' ? '3.0' : prefix === 'CVSS:3.1' ? '3.1' : undefined;
  if (!version) throw new CvssError(`"${vector}" does not start with CVSS:3.0/ or CVSS:3.1/`);
  const metrics: Record<string, string> = {};
  for (const part of parts) {
    const [name, value, extra] = part.split(':');
    if (name === undefined || value === undefined || extra !== undefined || !ALLOWED[name]) throw new CvssError(`"${vector}": "${part}" is not a CVSS v3 metric`);
    if (name in metrics) throw new CvssError(`"${vector}": ${name} is given twice`);
    if (!ALLOWED[name]!.includes(value)) throw new CvssError(`"${vector}": ${value} is not a value of ${name}`);
    metrics[name] = value;
  }
  const missing = BASE_METRICS.filter((name) => !(name in metrics));
  if (missing.length) throw new CvssError(`"${vector}": base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`);
  return { version, metrics };
}

/** Appendix A of v3.1: round up to one decimal in integer arithmetic. */
function roundup31(value: number): number {
  const integer = Math.round(value * 100000);
  return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}

/** v3.0: the smallest number with one decimal that is equal to or higher than the input. */
function roundup30(value: number): number {
  return Math.ceil(value * 10) / 10;
}

type Weights<K extends keyof typeof WEIGHTS> = (typeof WEIGHTS)[K];
const weight = <K extends keyof typeof WEIGHTS>(table: K, value: string) => (WEIGHTS[table] as Weights<K> & Record<string, number>)[value]!;

interface Exploitability {
  av: string;
  ac: string;
  pr: string;
  ui: string;
  scope: string;
}

function exploitability({ av, ac, pr, ui, scope }: Exploitability): number {
  return 8.22 * weight('AV', av) * weight('AC', ac) * PR[scope as 'U' | 'C'][pr as 'N' | 'L' | 'H'] * weight('UI', ui);
}

export function scoreCvss3(vector: string): Cvss3Scores {
  const { version, metrics: m } = parseCvss3(vector);
  const roundup = version === '3.1' ? roundup31 : roundup30;

  const iss = 1 - (1 - weight('CIA', m['C']!)) * (1 - weight('CIA', m['I']!)) * (1 - weight('CIA', m['A']!));
  const changed = m['S'] === 'C';
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const exploit = exploitability({ av: m['AV']!, ac: m['AC']!, pr: m['PR']!, ui: m['UI']!, scope: m['S']! });
  const base = impact <= 0 ? 0 : roundup(Math.min((changed ? 1.08 : 1) * (impact + exploit), 10));

  const temporalFactor = weight('E', m['E'] ?? 'X') * weight('RL', m['RL'] ?? 'X') * weight('RC', m['RC'] ?? 'X');
  const scores: Cvss3Scores = { version, base, impact: roundTenth(impact), exploitability: roundTenth(exploit) };
  if (TEMPORAL_METRICS.some((name) => m[name] !== undefined && m[name] !== 'X')) scores.temporal = roundup(base * temporalFactor);
  if (ENVIRONMENTAL_METRICS.some((name) => m[name] !== undefined && m[name] !== 'X')) {
    // A modified metric left at X takes the base metric's value.
    const modified = (name: string) => (m[`M${name}`] && m[`M${name}`] !== 'X' ? m[`M${name}`]! : m[name]!);
    const requirement = (name: string) => weight('REQUIREMENT', m[name] ?? 'X');
    const miss = Math.min(
      1 -
        (1 - requirement('CR') * weight('CIA', modified('C'))) *
          (1 - requirement('IR') * weight('CIA', modified('I'))) *
          (1 - requirement('AR') * weight('CIA', modified('A'))),
      0.915,
    );
    const modifiedChanged = modified('S') === 'C';
    const modifiedImpact = modifiedChanged
      ? version === '3.1'
        ? 7.52 * (miss - 0.029) - 3.25 * (miss * 0.9731 - 0.02) ** 13
        : 7.52 * (miss - 0.029) - 3.25 * (miss - 0.02) ** 15
      : 6.42 * miss;
    const modifiedExploit = exploitability({ av: modified('AV'), ac: modified('AC'), pr: modified('PR'), ui: modified('UI'), scope: modified('S') });
    scores.environmental =
      modifiedImpact <= 0 ? 0 : roundup(roundup(Math.min((modifiedChanged ? 1.08 : 1) * (modifiedImpact + modifiedExploit), 10)) * temporalFactor);
  }
  return scores;
}

/** Sub-scores as calculators display them: rounded to one decimal (they take no part in the score). */
function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
