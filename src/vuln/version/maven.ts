// Maven version order, as the POM reference's "Version Order Specification" defines it and OSV
// applies it to Maven ranges: tokens split at `.`, `-` and digit/letter transitions (a transition
// counts as `-`), trailing "null" tokens trimmed before each hyphen, numbers compared as
// numbers, qualifiers as alpha < beta < milestone < rc = cr < snapshot < "" = ga = final =
// release < sp < anything else (alphabetically), and ".qualifier" < "-qualifier" < "-number" < ".number".

export type Separator = '.' | '-';

export interface MavenToken {
  separator: Separator;
  value: bigint | string;
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { cr: 'rc', ga: '', final: '', release: '' };
/** a, b and m stand for alpha, beta and milestone when a number follows directly (1a1 = 1-alpha-1). */
const SHORT: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone' };

function isNull(token: MavenToken): boolean {
  return token.value === 0n || token.value === '';
}

export function parseMaven(text: string): MavenToken[] | undefined {
  const version = text.trim().toLowerCase();
  if (!version || /\s/.test(version)) return undefined;
  const tokens: MavenToken[] = [];
  const parts = version.split(/([.-])/);
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i]!;
    const pieces = raw.match(/\d+|\D+/g) ?? [''];
    pieces.forEach((piece, j) => {
      const separator: Separator = j > 0 ? '-' : i === 0 ? '.' : (parts[i - 1] as Separator);
      let value: bigint | string;
      if (piece === '') value = 0n; // an empty token is 0
      else if (/^\d+$/.test(piece)) value = BigInt(piece);
      else value = (j < pieces.length - 1 ? SHORT[piece] : undefined) ?? ALIASES[piece] ?? piece;
      tokens.push({ separator, value });
    });
  }
  // Trim trailing nulls, then again before each remaining hyphen, from the end to the start.
  let i = tokens.length - 1;
  while (i > 0) {
    if (isNull(tokens[i]!)) {
      tokens.splice(i, 1);
      i--;
      continue;
    }
    while (i >= 0 && tokens[i]!.separator !== '-') i--;
    i--;
  }
  return tokens;
}

function qualifierRank(value: string): number {
  const index = QUALIFIERS.indexOf(value);
  return index === -1 ? QUALIFIERS.length : index;
}

function compareValues(a: bigint | string, b: bigint | string): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a !== typeof b) return typeof a === 'bigint' ? 1 : -1; // a number sorts after a qualifier
  const x = a as string;
  const y = b as string;
  const rank = qualifierRank(x) - qualifierRank(y);
  if (rank) return Math.sign(rank);
  return x < y ? -1 : x > y ? 1 : 0;
}

function separatorRank(token: MavenToken): number {
  const numeric = typeof token.value === 'bigint';
  return token.separator === '.' ? (numeric ? 3 : 0) : numeric ? 2 : 1;
}

/** A missing token, compared with `other`: 0 against a number, the release ("") against a qualifier. */
function padding(other: MavenToken): MavenToken {
  return { separator: other.separator, value: typeof other.value === 'bigint' ? 0n : '' };
}

export function compareMaven(a: MavenToken[], b: MavenToken[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? padding(b[i]!);
    const y = b[i] ?? padding(a[i]!);
    const order = x.separator === y.separator ? compareValues(x.value, y.value) : Math.sign(separatorRank(x) - separatorRank(y));
    if (order) return order;
  }
  return 0;
}
