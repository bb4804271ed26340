// Go module versions (go.dev/ref/mod#versions): semantic versions with a `v`, ordered by semver
// precedence. Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5, v1.2.4-0.2019...) are
// pre-releases and sort by their timestamp; `+incompatible` is build metadata and never counts.
// golang.org/x/mod/semver also accepts the shorthands v1 and v1.2 for v1.0.0 and v1.2.0.
import { compareSemver, parseSemver, type SemVer } from './semver.js';

const SHORTHAND = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;

export function parseGoVersion(text: string): SemVer | undefined {
  const short = SHORTHAND.exec(text.trim());
  if (short) return { core: [short[1]!, short[2] ?? '0', '0'], prerelease: [] };
  return parseSemver(text);
}

export const compareGoVersions = compareSemver;
