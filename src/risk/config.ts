// The risk model's settings: which words name production and non-production environments,
// which label and tag keys say it, and the factors' strengths. Defaults are documented in
// docs/risk.md; `--risk-config <file>` (YAML or JSON) overrides any of them.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface RiskConfig {
  environments: { production: string[]; nonProduction: string[] };
  /** Label (Kubernetes) and tag (ARM) keys whose value names the environment, compared case-insensitively. */
  keys: string[];
  /** Read the environment from the directories and name of the file too (overlays/production/...); off by default, as test/ and fixture directories would mislead it. */
  paths: boolean;
  factors: {
    /** Multiplier for a resource reachable from the Internet (at least 1). */
    exposure: number;
    /** Multiplier for a workload with host-level privilege (at least 1). */
    privilege: number;
    /** Multiplier for production (at least 1). */
    production: number;
    /** Multiplier for a non-production environment (between 0 and 1). */
    nonProduction: number;
    /** A known exploited vulnerability (CISA KEV) scores at least this (0 to 10). */
    knownExploited: number;
    /** EPSS probability p multiplies by 1 + epss × p (epss at least 0). */
    epss: number;
  };
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  environments: {
    production: ['prod', 'production', 'prd', 'live'],
    nonProduction: ['dev', 'development', 'test', 'testing', 'qa', 'staging', 'stage', 'sandbox', 'preview', 'demo'],
  },
  keys: ['environment', 'env', 'stage', 'app.kubernetes.io/environment'],
  paths: false,
  factors: { exposure: 1.3, privilege: 1.2, production: 1.2, nonProduction: 0.8, knownExploited: 9, epss: 0.5 },
};

export class RiskConfigError extends Error {}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

function words(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim())) throw new RiskConfigError(`${where} must be a list of words`);
  return value.map((item: string) => item.trim().toLowerCase());
}

const FACTOR_BOUNDS: Record<keyof RiskConfig['factors'], [number, number]> = {
  exposure: [1, 10],
  privilege: [1, 10],
  production: [1, 10],
  nonProduction: [0, 1],
  knownExploited: [0, 10],
  epss: [0, 10],
};

/** Reads a risk config file over the defaults; every value is checked (factors that could lower a score where the model promises to raise it are refused). */
export function loadRiskConfig(file: string, display: string): RiskConfig {
  let parsed: unknown;
  try {
    parsed = load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RiskConfigError(`${display}: ${(error as NodeJS.ErrnoException).code ? `cannot read (${(error as NodeJS.ErrnoException).code})` : (error as Error).message}`);
  }
  const root = object(parsed ?? {});
  if (!root) throw new RiskConfigError(`${display}: expected a mapping`);
  const known = ['environments', 'keys', 'paths', 'factors'];
  for (const key of Object.keys(root)) if (!known.includes(key)) throw new RiskConfigError(`${display}: unknown key "${key}" (expected ${known.join(', ')})`);
  const config: RiskConfig = structuredClone(DEFAULT_RISK_CONFIG);
  const environments = root['environments'] === undefined ? {} : object(root['environments']);
  if (!environments) throw new RiskConfigError(`${display}: environments must be a mapping`);
  for (const [key, value] of Object.entries(environments)) {
    if (key !== 'production' && key !== 'nonProduction') throw new RiskConfigError(`${display}: environments.${key}: expected production or nonProduction`);
    config.environments[key] = words(value, `${display}: environments.${key}`);
  }
  if (root['keys'] !== undefined) config.keys = words(root['keys'], `${display}: keys`);
  if (root['paths'] !== undefined) {
    if (typeof root['paths'] !== 'boolean') throw new RiskConfigError(`${display}: paths must be true or false`);
    config.paths = root['paths'];
  }
  const factors = root['factors'] === undefined ? {} : object(root['factors']);
  if (!factors) throw new RiskConfigError(`${display}: factors must be a mapping`);
  for (const [key, value] of Object.entries(factors)) {
    const bounds = FACTOR_BOUNDS[key as keyof RiskConfig['factors']];
    if (!bounds) throw new RiskConfigError(`${display}: factors.${key}: expected one of ${Object.keys(FACTOR_BOUNDS).join(', ')}`);
    if (typeof value !== 'number' || value < bounds[0] || value > bounds[1]) throw new RiskConfigError(`${display}: factors.${key} must be a number from ${bounds[0]} to ${bounds[1]}`);
    config.factors[key as keyof RiskConfig['factors']] = value;
  }
  return config;
}
