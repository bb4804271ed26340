// Whether a package version is affected by an OSV `affected` entry: its explicit `versions`, or
// its SEMVER and ECOSYSTEM ranges evaluated in the ecosystem's order (OSV schema, "Evaluation").
import { baseEcosystem, type OsvAffected, type OsvEvent, type OsvRange } from './osv.js';
import { ecosystemScheme, rangeScheme, type VersionScheme } from './version/index.js';

export type Verdict =
  | { affected: true; /** fixed versions of the ranges that matched, for the remediation */ fixed: string[] }
  | { affected: false; /** set when a range could not be evaluated in this ecosystem's order */ undecided?: string };

/**
 * The event a version has passed that comes last in the range's order decides: an `introduced`
 * makes it affected, a `fixed`, `limit` (at or above) or `last_affected` (above) does not.
 * Equivalent to OSV's sorted walk over the events, without sorting them.
 */
export function inRange(version: string, range: OsvRange, scheme: VersionScheme): boolean | undefined {
  const compare = (a: string, b: string) => (a === '0' && b === '0' ? 0 : b === '0' ? 1 : a === '0' ? -1 : scheme.compare(a, b));
  let last: OsvEvent | undefined;
  for (const event of range.events) {
    const order = event.kind === 'introduced' && event.version === '0' ? 1 : scheme.compare(version, event.version);
    if (order === undefined) return undefined;
    const passed = event.kind === 'last_affected' ? order > 0 : order >= 0;
    if (!passed) continue;
    if (last) {
      const later = compare(event.version, last.version);
      if (later === undefined) return undefined;
      // At the same version a closing event comes after the introduction it closes.
      if (later < 0 || (later === 0 && (event.kind === 'introduced' || last.kind !== 'introduced'))) continue;
    }
    last = event;
  }
  return last?.kind === 'introduced';
}

export function evaluate(affected: OsvAffected, versions: readonly string[]): Verdict {
  if (!versions.length) return { affected: false, undecided: 'the component has no version' };
  const ecosystem = baseEcosystem(affected.ecosystem);
  const scheme = ecosystemScheme(ecosystem);
  for (const version of versions) {
    if (affected.versions.includes(version) || (scheme && affected.versions.some((listed) => scheme.compare(listed, version) === 0))) {
      return { affected: true, fixed: fixedVersions(affected.ranges) };
    }
  }
  let undecided: string | undefined;
  for (const range of affected.ranges) {
    const order = rangeScheme(range.type, ecosystem);
    if (!order) {
      if (range.type !== 'GIT') undecided ??= `${range.type} ranges of ${affected.ecosystem} cannot be evaluated`;
      continue;
    }
    for (const version of versions) {
      const verdict = inRange(version, range, order);
      if (verdict === undefined) undecided ??= `"${version}" or a range bound is not a ${order.name}`;
      else if (verdict) return { affected: true, fixed: fixedVersions([range]) };
    }
  }
  return undecided ? { affected: false, undecided } : { affected: false };
}

function fixedVersions(ranges: readonly OsvRange[]): string[] {
  return [...new Set(ranges.flatMap((range) => range.events.filter((event) => event.kind === 'fixed').map((event) => event.version)))];
}
