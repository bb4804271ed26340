// The one model every firewall format is read into, and the source map that locates it.
//
// input.document:
//   format    iptables | nftables | firewalld | ufw
//   rules     every rule as written, in file order (a finding about a rule points here)
//   ipv4/ipv6 per address family and direction (input, forward, output), the view a packet
//             meets: default policy, and the rules in evaluation order with jumps to user
//             chains followed (each keeps the path of the rule it came from)
// A rule that applies to both families (an inet table, a firewalld service) appears in both
// views with the same path, so a finding about it is made once.
import { pathKey } from '../source.js';
import type { DocPath, RelatedLocation, Span } from '../types.js';

export type Family = 'ipv4' | 'ipv6';
export const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];
export type Direction = 'input' | 'forward' | 'output';
export type Action = 'accept' | 'drop' | 'reject' | 'continue';
export type Policy = 'accept' | 'drop' | 'reject';

export interface PortRange {
  from: number;
  to: number;
}

/** Fields whose match can be inverted (iptables `!`, nft `!=`). */
export type Negatable = 'protocols' | 'ports' | 'sources' | 'destinations' | 'interfaces' | 'states';

export interface Rule {
  action: Action;
  /** The rule also logs what it matches (iptables -j LOG, nft log, firewalld <log/>). */
  log: boolean;
  /** tcp, udp, icmp...; empty means any protocol. */
  protocols: string[];
  /** Destination ports; empty means any port. */
  ports: PortRange[];
  /** Source addresses or networks; empty means any source (0.0.0.0/0 and ::/0 are dropped). */
  sources: string[];
  destinations: string[];
  /** Inbound interfaces; empty means any. */
  interfaces: string[];
  /** Connection-tracking states the rule is limited to; empty means any. */
  states: string[];
  negated: Negatable[];
  /** Matches the model does not describe (source ports, marks, rate limits, ICMP types...), as written. */
  conditions: string[];
  /** Set when part of the match could not be resolved (an unknown service): such a rule never counts as open. */
  unresolved?: string;
  /** The firewalld service or ufw application profile the ports came from. */
  service?: string;
  /** Only for this family (an `ip saddr` match in an inet table, a firewalld rich rule's family). */
  family?: Family;
  /** The rule as written, for messages. */
  text: string;
}

export interface SourceRule extends Rule {
  /** The chain (or zone) the rule is written in. */
  chain: string;
}

export interface EffectiveRule extends Rule {
  /** Path of the rule as written (["rules", n]), where findings point. */
  path: DocPath;
}

export interface View {
  /** What happens to packets no rule decides; absent when the file does not say (ufw user.rules without /etc/default/ufw). */
  policy?: Policy;
  /** Where the policy comes from, for messages: "INPUT policy DROP", "zone target ACCEPT"... */
  policyReason: string;
  /** Path of the line that sets the policy. */
  policyPath: DocPath;
  rules: EffectiveRule[];
  /** Whether dropped packets are logged; absent when unknown. */
  logDropped?: boolean;
  /** Path of the logging setting, when it is not the policy line. */
  logPath?: DocPath;
  /** The framework accepts loopback traffic before these rules (ufw's before.rules, firewalld). */
  loopbackImplicit?: boolean;
}

export type Views = Partial<Record<Direction, View>>;

/** A chain as declared: its default policy (base chains) and, for nftables, its hook. */
export interface ChainDeclaration {
  policy?: string;
  hook?: string;
  family?: string;
}

export interface FirewallDocument {
  format: 'iptables' | 'nftables' | 'firewalld' | 'ufw';
  rules: SourceRule[];
  /** Declared chains by name (iptables, ufw user.rules) or "family table chain" (nftables). */
  chains?: Record<string, ChainDeclaration>;
  /** Format facts: the firewalld zone, ufw's status and defaults. */
  settings?: Record<string, string | string[] | boolean>;
  ipv4?: Views;
  ipv6?: Views;
}

/** Empty rule fields, to build on. */
export function blankRule(text: string, action: Action = 'continue'): Rule {
  return {
    action,
    log: false,
    protocols: [],
    ports: [],
    sources: [],
    destinations: [],
    interfaces: [],
    states: [],
    negated: [],
    conditions: [],
    text,
  };
}

const ANY_ADDRESS = new Set(['0.0.0.0/0', '::/0', '0/0', 'any', 'anywhere', '0.0.0.0', '::']);

/** Addresses as the model keeps them: "any source" is an empty list. */
export function addresses(values: readonly string[]): string[] {
  return values.some((value) => ANY_ADDRESS.has(value.toLowerCase())) ? [] : [...values];
}

/** Paths inside the document mapped to their source ranges, with other places that explain them. */
export class SourceMap {
  private readonly entries = new Map<string, { span: Span; related?: RelatedLocation[] }>();

  constructor(
    /** The file the spans are in. */
    readonly file: string,
    private readonly fallback: Span,
  ) {}

  set(path: DocPath, span: Span, related?: RelatedLocation[]): void {
    this.entries.set(pathKey(path), related?.length ? { span, related } : { span });
  }

  private nearest(path: DocPath) {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(pathKey(path.slice(0, n)));
      if (entry) return entry;
    }
    return { span: this.fallback };
  }

  locate(path: DocPath): Span {
    return this.nearest(path).span;
  }

  related(path: DocPath): RelatedLocation[] {
    return this.nearest(path).related ?? [];
  }
}
