// The matches and verdicts iptables and nftables rules share, turned into model rules, and the
// walk that follows jumps into user chains so each base chain becomes one ordered list.
import type { DocPath } from '../types.js';
import { addresses, blankRule, type Action, type EffectiveRule, type Family, type Negatable, type PortRange, type Rule } from './model.js';
import { servicePort } from './services.js';

export type MatchKey = 'protocol' | 'dport' | 'saddr' | 'daddr' | 'iif' | 'state' | 'family';

export interface Match {
  key: MatchKey;
  values: string[];
  negated: boolean;
}

export type Verdict = { kind: Action | 'return' } | { kind: 'jump' | 'goto'; target: string };

/** One rule of iptables or nftables, before it is read into the model. */
export interface Statement {
  matches: Match[];
  /** Matches the model does not describe, as written. */
  conditions: string[];
  log: boolean;
  verdict: Verdict;
  text: string;
  unresolved?: string;
}

export interface ChainEntry {
  rule: Rule;
  path: DocPath;
  /** The user chain this rule jumps (or goes) to. */
  jump?: string;
  /** An unconditional return: the rest of the chain is not evaluated. */
  returns?: boolean;
}

const PROTOCOL_NUMBERS: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6', '132': 'sctp', 'ipv6-icmp': 'icmpv6' };
const FIELD: Record<Exclude<MatchKey, 'family'>, Negatable> = {
  protocol: 'protocols',
  dport: 'ports',
  saddr: 'sources',
  daddr: 'destinations',
  iif: 'interfaces',
  state: 'states',
};

/** Reads a statement into a model rule, with the user chain it jumps to. */
export function toEntry(statement: Statement, path: DocPath, chains: ReadonlySet<string>): ChainEntry {
  const verdict = statement.verdict;
  const jump = (verdict.kind === 'jump' || verdict.kind === 'goto') && chains.has(verdict.target) ? verdict.target : undefined;
  const action: Action = verdict.kind === 'accept' || verdict.kind === 'drop' || verdict.kind === 'reject' ? verdict.kind : 'continue';
  const rule: Rule = { ...blankRule(statement.text, action), log: statement.log, conditions: [...statement.conditions] };
  if (statement.unresolved) rule.unresolved = statement.unresolved;
  for (const match of statement.matches) apply(rule, match);
  const unconditional = !statement.matches.length && !statement.conditions.length;
  return { rule, path, ...(jump ? { jump } : {}), ...(verdict.kind === 'return' && unconditional ? { returns: true } : {}) };
}

function apply(rule: Rule, match: Match): void {
  if (match.key === 'family') {
    if (match.values.length === 1) rule.family = match.values[0] as Family;
    return;
  }
  const field = FIELD[match.key];
  if (match.negated && !rule.negated.includes(field)) rule.negated.push(field);
  switch (match.key) {
    case 'protocol': {
      const protocols = match.values.map((value) => PROTOCOL_NUMBERS[value.toLowerCase()] ?? value.toLowerCase());
      rule.protocols = protocols.some((protocol) => protocol === 'all' || protocol === 'any') ? [] : protocols;
      break;
    }
    case 'dport': {
      for (const value of match.values) {
        const range = portRange(value);
        if (range) rule.ports.push(range);
        else rule.unresolved = `unknown port or service "${value}"`;
      }
      break;
    }
    case 'saddr':
      rule.sources = addresses(match.values);
      break;
    case 'daddr':
      rule.destinations = addresses(match.values);
      break;
    case 'iif':
      rule.interfaces = match.values.map((value) => value.replace(/^"|"$/g, ''));
      break;
    case 'state':
      rule.states = match.values.map((value) => value.toLowerCase());
      break;
  }
}

/** Whether packets the view drops get logged: a log-only rule, or a rule that logs and drops. */
export function logsDrops(rules: readonly Rule[]): boolean {
  return rules.some((rule) => rule.log && rule.action !== 'accept');
}

/** "22", "1000-2000", "1000:2000" or a service name from /etc/services. */
export function portRange(value: string): PortRange | undefined {
  const range = /^(\d+)(?:[-:](\d+))?$/.exec(value.trim());
  if (range) return { from: Number(range[1]), to: Number(range[2] ?? range[1]) };
  const port = servicePort(value.trim());
  return port === undefined ? undefined : { from: port, to: port };
}

/**
 * The rules a packet meets in `start`, in order, for one family: a jump to a user chain is
 * replaced by that chain's rules, each also carrying the jump's own matches. A rule that matches
 * everything (ufw's `-A ufw-user-limit-accept -j ACCEPT`) is reported at the jump whose matches
 * decide what reaches it.
 */
export function flatten(chains: ReadonlyMap<string, ChainEntry[]>, start: string, family: Family): EffectiveRule[] {
  const out: EffectiveRule[] = [];
  const walk = (name: string, outer: { rule: Rule; path: DocPath; text: string } | undefined, stack: string[]) => {
    for (const entry of chains.get(name) ?? []) {
      if (entry.rule.family && entry.rule.family !== family) continue;
      const rule = outer ? merge(outer.rule, entry.rule) : entry.rule;
      if (entry.returns) return;
      const decisive = outer && matchesEverything(entry.rule) && !matchesEverything(outer.rule) ? outer : { path: entry.path, text: entry.rule.text };
      if (entry.jump) {
        if (!stack.includes(entry.jump)) walk(entry.jump, { rule, ...decisive }, [...stack, entry.jump]);
        continue;
      }
      out.push({ ...rule, text: decisive.text, path: decisive.path });
    }
  };
  walk(start, undefined, [start]);
  return out;
}

function matchesEverything(rule: Rule): boolean {
  return MERGED.every((field) => rule[field].length === 0) && !rule.conditions.length && !rule.unresolved;
}

const MERGED: Negatable[] = ['protocols', 'ports', 'sources', 'destinations', 'interfaces', 'states'];

/** A rule reached through a jump matches the jump's conditions too; where both restrict a field, the inner one is kept. */
function merge(outer: Rule, inner: Rule): Rule {
  const rule: Rule = { ...inner, negated: [], conditions: [...outer.conditions, ...inner.conditions] };
  for (const field of MERGED) {
    const from = inner[field].length ? inner : outer;
    (rule[field] as unknown[]) = [...from[field]];
    if (from.negated.includes(field)) rule.negated.push(field);
  }
  const unresolved = inner.unresolved ?? outer.unresolved;
  if (unresolved) rule.unresolved = unresolved;
  const family = inner.family ?? outer.family;
  if (family) rule.family = family;
  return rule;
}
