// The version order of each ecosystem, behind one interface, so that range evaluation is one
// mechanism for all of them. An ecosystem without an order here can still match OSV records
// through their explicit `versions` lists.
import { compareGoVersions, parseGoVersion } from './go.js';
import { compareMaven, parseMaven } from './maven.js';
import { comparePep440, parsePep440 } from './pep440.js';
import { compareSemver, parseSemver } from './semver.js';

export interface VersionScheme {
  name: string;
  /** Negative, zero or positive; undefined when either text is not a version of this scheme. */
  compare(a: string, b: string): number | undefined;
}

function scheme<T>(name: string, parse: (text: string) => T | undefined, compare: (a: T, b: T) => number): VersionScheme {
  // Ranges compare the same few versions over and over: parse each text once.
  const parsed = new Map<string, T | undefined>();
  const get = (text: string) => {
    if (!parsed.has(text)) parsed.set(text, parse(text));
    return parsed.get(text);
  };
  return {
    name,
    compare(a, b) {
      const x = get(a);
      const y = get(b);
      return x === undefined || y === undefined ? undefined : compare(x, y);
    },
  };
}

export const SEMVER = scheme('SemVer 2.0', parseSemver, compareSemver);
export const GO = scheme('Go module version', parseGoVersion, compareGoVersions);
export const PEP440 = scheme('PEP 440', parsePep440, comparePep440);
export const MAVEN = scheme('Maven', parseMaven, compareMaven);

/** OSV ecosystem name to its order (ECOSYSTEM ranges). */
const BY_ECOSYSTEM: Record<string, VersionScheme> = {
  npm: SEMVER,
  'crates.io': SEMVER,
  Go: GO,
  PyPI: PEP440,
  Maven: MAVEN,
};

export function ecosystemScheme(ecosystem: string): VersionScheme | undefined {
  return BY_ECOSYSTEM[ecosystem];
}

/** The order a range of this type uses: SEMVER ranges are SemVer in every ecosystem (Go's with its `v` and shorthands). */
export function rangeScheme(type: string, ecosystem: string): VersionScheme | undefined {
  if (type === 'SEMVER') return ecosystem === 'Go' ? GO : SEMVER;
  if (type === 'ECOSYSTEM') return ecosystemScheme(ecosystem);
  return undefined; // GIT ranges name commits; components carry versions
}
