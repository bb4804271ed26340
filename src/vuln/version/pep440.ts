// PEP 440 version ordering (packaging.python.org/en/latest/specifications/version-specifiers),
// written from the specification: epoch, release (trailing zeros ignored), then pre-, post-,
// development and local segments, with the spec's alternative spellings normalised.

export interface Pep440 {
  epoch: bigint;
  release: bigint[];
  /** [phase, number]: a < b < rc. */
  pre?: [number, bigint];
  post?: bigint;
  dev?: bigint;
  /** Numbers as bigint, other segments lower-cased. */
  local: (bigint | string)[];
}

// The spec's own regular expression (Appendix B), case-insensitive.
const PATTERN = new RegExp(
  '^\\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$',
  'i',
);

const PRE_PHASE: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

export function parsePep440(text: string): Pep440 | undefined {
  const groups = PATTERN.exec(text)?.groups;
  if (!groups) return undefined;
  const number = (value: string | undefined) => BigInt(value ?? '0');
  const release = groups['release']!.split('.').map((part) => BigInt(part));
  while (release.length > 1 && release[release.length - 1] === 0n) release.pop();
  return {
    epoch: number(groups['epoch']),
    release,
    ...(groups['pre_l'] ? { pre: [PRE_PHASE[groups['pre_l'].toLowerCase()]!, number(groups['pre_n'])] as [number, bigint] } : {}),
    ...(groups['post'] ? { post: number(groups['post_n1'] ?? groups['post_n2']) } : {}),
    ...(groups['dev'] ? { dev: number(groups['dev_n']) } : {}),
    local: groups['local'] ? groups['local'].toLowerCase().split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? BigInt(part) : part)) : [],
  };
}

const sign = (a: bigint | number, b: bigint | number) => (a < b ? -1 : a > b ? 1 : 0);

/** -1 below everything, +1 above everything, 0 for a value compared with `compare`. */
type Bounded<T> = { edge: -1 | 1 } | { value: T };

function compareBounded<T>(a: Bounded<T>, b: Bounded<T>, compare: (x: T, y: T) => number): number {
  const rank = (x: Bounded<T>) => ('edge' in x ? x.edge : 0);
  if ('value' in a && 'value' in b) return compare(a.value, b.value);
  return sign(rank(a), rank(b));
}

// packaging's _cmpkey: a dev release without pre or post sorts before the pre-releases of its
// release; a release without pre-release after them; no post-release before any post-release;
// no dev release after any dev release; no local version before any local version.
function preKey(v: Pep440): Bounded<[number, bigint]> {
  if (!v.pre && v.post === undefined && v.dev !== undefined) return { edge: -1 };
  return v.pre ? { value: v.pre } : { edge: 1 };
}

/** No local version sorts before any local version, a shorter one before its extensions. */
function compareLocal(a: (bigint | string)[], b: (bigint | string)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    // Numeric segments sort after alphanumeric ones; alphanumeric ones compare as text.
    if (typeof x !== typeof y) return typeof x === 'bigint' ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    if (order) return order;
  }
  return sign(a.length, b.length);
}

export function comparePep440(a: Pep440, b: Pep440): number {
  const release = () => {
    for (let i = 0; i < Math.max(a.release.length, b.release.length); i++) {
      const order = sign(a.release[i] ?? 0n, b.release[i] ?? 0n);
      if (order) return order;
    }
    return 0;
  };
  const optional = (x: bigint | undefined, missing: -1 | 1): Bounded<bigint> => (x === undefined ? { edge: missing } : { value: x });
  return (
    sign(a.epoch, b.epoch) ||
    release() ||
    compareBounded(preKey(a), preKey(b), (x, y) => sign(x[0], y[0]) || sign(x[1], y[1])) ||
    compareBounded(optional(a.post, -1), optional(b.post, -1), sign) ||
    compareBounded(optional(a.dev, 1), optional(b.dev, 1), sign) ||
    compareLocal(a.local, b.local)
  );
}
