// Builds the common model from an nftables ruleset, whether it was read from `nft list ruleset`
// text or from `nft -j list ruleset` JSON. Base chains of type filter on the input, forward
// and output hooks of ip, ip6 and inet tables become the views. Where several base chains hook
// the same place, a packet must pass each of them: the view lists their rules in priority order
// and takes drop as its policy if any of them drops (an approximation: an accept in an earlier
// chain does not stop a later one in the kernel).
import type { Span } from '../types.js';
import { FAMILIES, SourceMap, type Direction, type Family, type FirewallDocument, type View } from './model.js';
import { flatten, logsDrops, toEntry, type ChainEntry, type Statement } from './rules.js';

export interface NftRule {
  /** One statement, or one per entry of a verdict map. */
  statements: Statement[];
  span: Span;
}

export interface NftChain {
  family: string;
  table: string;
  name: string;
  type?: string;
  hook?: string;
  priority: number;
  policy?: string;
  span: Span;
  rules: NftRule[];
}

const TABLE_FAMILIES: Record<string, readonly Family[]> = { ip: ['ipv4'], ip6: ['ipv6'], inet: ['ipv4', 'ipv6'] };
const DIRECTIONS: readonly Direction[] = ['input', 'forward', 'output'];

/** Named priorities of nft(8). */
export const PRIORITY_NAMES: Record<string, number> = { raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100 };

function key(chain: { family: string; table: string; name: string }): string {
  return `${chain.family} ${chain.table} ${chain.name}`;
}

export function nftDocument(chains: NftChain[], map: SourceMap): FirewallDocument {
  const document: FirewallDocument = { format: 'nftables', rules: [], chains: {} };
  const entries = new Map<string, ChainEntry[]>(chains.map((chain) => [key(chain), []]));
  const known = new Set(entries.keys());
  for (const chain of chains) {
    document.chains![key(chain)] = {
      ...(chain.policy ? { policy: chain.policy } : {}),
      ...(chain.hook ? { hook: chain.hook } : {}),
      family: chain.family,
    };
    map.set(['chains', key(chain)], chain.span);
    for (const rule of chain.rules) {
      for (const statement of rule.statements) {
        const path = ['rules', document.rules.length];
        const verdict = statement.verdict;
        const qualified: Statement =
          verdict.kind === 'jump' || verdict.kind === 'goto' ? { ...statement, verdict: { ...verdict, target: key({ ...chain, name: verdict.target }) } } : statement;
        const entry = toEntry(qualified, path, known);
        document.rules.push({ ...entry.rule, chain: key(chain) });
        map.set(path, rule.span);
        entries.get(key(chain))!.push(entry);
      }
    }
  }
  for (const family of FAMILIES) {
    const views: Partial<Record<Direction, View>> = {};
    for (const direction of DIRECTIONS) {
      const base = chains
        .filter((chain) => chain.hook === direction && (chain.type ?? 'filter') === 'filter' && TABLE_FAMILIES[chain.family]?.includes(family))
        .sort((a, b) => a.priority - b.priority);
      if (base.length) views[direction] = view(base, entries, family);
    }
    if (Object.keys(views).length) document[family] = views;
  }
  unfilteredFamily(document, chains);
  return document;
}

function view(base: NftChain[], entries: Map<string, ChainEntry[]>, family: Family): View {
  const deciding = base.find((chain) => chain.policy === 'drop') ?? base[0]!;
  const rules = base.flatMap((chain) => flatten(entries, key(chain), family));
  return {
    policy: deciding.policy === 'drop' ? 'drop' : 'accept',
    policyReason: deciding.policy ? `chain ${key(deciding)} policy ${deciding.policy}` : `chain ${key(deciding)} sets no policy, so it accepts`,
    policyPath: ['chains', key(deciding)],
    rules,
    logDropped: logsDrops(rules),
  };
}

/** A ruleset that filters input for one family only leaves the other family's input unfiltered. */
function unfilteredFamily(document: FirewallDocument, chains: NftChain[]): void {
  const [filtered, open] = document.ipv4?.input && !document.ipv6?.input ? (['ipv4', 'ipv6'] as const) : document.ipv6?.input && !document.ipv4?.input ? (['ipv6', 'ipv4'] as const) : [];
  if (!filtered || !open) return;
  const witness = chains.find((chain) => document.chains![key(chain)]?.hook === 'input' && TABLE_FAMILIES[chain.family]?.includes(filtered))!;
  document[open] = {
    ...document[open],
    input: {
      policy: 'accept',
      policyReason: `no base chain filters ${open === 'ipv6' ? 'IPv6' : 'IPv4'} input (only the ${witness.family} table ${witness.table} does, for ${filtered === 'ipv4' ? 'IPv4' : 'IPv6'})`,
      policyPath: ['chains', key(witness)],
      rules: [],
    },
  };
}
