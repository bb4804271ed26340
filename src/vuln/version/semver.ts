// Semantic Versioning 2.0.0 precedence (semver.org, section 11): the order of npm and Cargo
// versions, and of OSV's SEMVER ranges in every ecosystem. Build metadata never counts.

export interface SemVer {
  /** major, minor, patch as digit strings without leading zeros (numbers may exceed 2^53). */
  core: [string, string, string];
  prerelease: string[];
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Parses `1.2.3-rc.1+build` (a leading `v` is tolerated, as OSV data and tags write it). */
export function parseSemver(text: string): SemVer | undefined {
  const match = SEMVER.exec(text.trim());
  if (!match) return undefined;
  const prerelease = match[4] ? match[4].split('.') : [];
  // A numeric identifier must not have leading zeros (semver.org, item 9).
  if (prerelease.some((part) => /^0\d+$/.test(part))) return undefined;
  return { core: [match[1]!, match[2]!, match[3]!], prerelease };
}

/** Compares two digit strings without leading zeros as numbers. */
export function compareDigits(a: string, b: string): number {
  return a.length !== b.length ? Math.sign(a.length - b.length) : a < b ? -1 : a > b ? 1 : 0;
}

const NUMERIC = /^\d+$/;

function compareIdentifiers(a: string, b: string): number {
  const numericA = NUMERIC.test(a);
  const numericB = NUMERIC.test(b);
  if (numericA && numericB) return compareDigits(a, b);
  if (numericA !== numericB) return numericA ? -1 : 1; // numeric identifiers have lower precedence
  return a < b ? -1 : a > b ? 1 : 0; // ASCII order
}

export function compareSemver(a: SemVer, b: SemVer): number {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i]!, b.core[i]!);
    if (order) return order;
  }
  // A pre-release version has lower precedence than the normal version.
  if (!a.prerelease.length || !b.prerelease.length) return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length ? -1 : 1;
  const length = Math.min(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < length; i++) {
    const order = compareIdentifiers(a.prerelease[i]!, b.prerelease[i]!);
    if (order) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}
