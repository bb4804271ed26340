// `nft list ruleset` output and nftables.conf scripts (`nft -f`): tables, chains, sets and maps
// in block syntax, `add table/chain/rule` commands, `define` variables, and rules whose
// matches the model describes (addresses, protocols, destination ports, input interface,
// conntrack state) with anonymous and named sets and verdict maps. Other expressions are kept as
// conditions; a statement the parser cannot read is an input error on its line.
import { LineIndex } from '../source.js';
import { InputError } from '../types.js';
import { PRIORITY_NAMES, type NftChain, type NftRule } from './nft-model.js';
import type { Match, MatchKey, Statement, Verdict } from './rules.js';

interface Token {
  text: string;
  start: number;
  end: number;
  quoted?: boolean;
}

const NEWLINE = '\n';
const PUNCTUATION = new Set(['{', '}', ';', ',']);
const VERDICTS = new Set(['accept', 'drop', 'reject', 'return', 'continue', 'queue', 'jump', 'goto']);

function tokenize(text: string, file: string, lines: LineIndex): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') i += 2;
    else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\n') tokens.push({ text: NEWLINE, start: i, end: ++i });
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      const newline = text.indexOf('\n', i + 1);
      if (end === -1 || (newline !== -1 && newline < end)) {
        const at = lines.position(i);
        throw new InputError(file, 'unterminated string', at.line, at.column);
      }
      tokens.push({ text: text.slice(i + 1, end), start: i, end: end + 1, quoted: true });
      i = end + 1;
    } else if (PUNCTUATION.has(c)) tokens.push({ text: c, start: i, end: ++i });
    else {
      const start = i;
      while (i < text.length && !/[\s{};,"#]/.test(text[i]!)) i++;
      tokens.push({ text: text.slice(start, i), start, end: i });
    }
  }
  return tokens;
}

/** Reads a whole nftables file into chains (with their rules) in file order. */
export function parseNftText(text: string, file: string): { chains: NftChain[]; lines: LineIndex } {
  const lines = new LineIndex(text);
  const parser = new Parser(text, tokenize(text, file, lines), file, lines);
  parser.parseFile();
  return { chains: parser.chains, lines };
}

class Parser {
  readonly chains: NftChain[] = [];
  private readonly sets = new Map<string, string[]>();
  private readonly maps = new Map<string, [string, string][]>();
  private readonly defines = new Map<string, Token[]>();
  private i = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly file: string,
    private readonly lines: LineIndex,
  ) {}

  private fail(message: string, token = this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]): never {
    const at = token ? this.lines.position(token.start) : { line: 1, column: 1 };
    throw new InputError(this.file, message, at.line, at.column);
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(what: string): Token {
    const token = this.tokens[this.i++];
    if (!token || token.text === NEWLINE) this.fail(`expected ${what}`, token ?? this.tokens[this.i - 2]);
    return token;
  }

  private expect(text: string): Token {
    const token = this.next(`"${text}"`);
    if (token.text !== text || token.quoted) this.fail(`expected "${text}", found "${token.text}"`, token);
    return token;
  }

  private skipSeparators(): void {
    while (this.peek() && (this.peek()!.text === NEWLINE || this.peek()!.text === ';') && !this.peek()!.quoted) this.i++;
  }

  /** The tokens up to the end of the statement (newline or `;` outside braces, or the block's `}`). */
  private statementTokens(): Token[] {
    const out: Token[] = [];
    let depth = 0;
    for (let token = this.peek(); token; token = this.peek()) {
      if (!token.quoted && depth === 0 && (token.text === NEWLINE || token.text === ';' || token.text === '}')) break;
      this.i++;
      if (token.quoted) out.push(token);
      else if (token.text === '{') {
        depth++;
        out.push(token);
      } else if (token.text === '}') {
        depth--;
        out.push(token);
      } else if (token.text !== NEWLINE) out.push(...this.substitute(token));
    }
    if (depth > 0) this.fail('unbalanced "{"');
    return out;
  }

  /** `$name` stands for the tokens of `define name = ...`. */
  private substitute(token: Token): Token[] {
    if (!token.text.startsWith('$')) return [token];
    const value = this.defines.get(token.text.slice(1));
    if (!value) this.fail(`undefined variable ${token.text}`, token);
    return value.map((part) => ({ ...part, start: token.start, end: token.end }));
  }

  parseFile(): void {
    for (this.skipSeparators(); this.peek(); this.skipSeparators()) {
      const token = this.next('a command');
      switch (token.text) {
        case 'table':
          this.table(token);
          break;
        case 'define': {
          const name = this.next('a variable name');
          this.expect('=');
          this.defines.set(name.text, this.statementTokens());
          break;
        }
        case 'flush':
        case 'delete':
        case 'destroy':
          this.statementTokens();
          break;
        case 'add':
        case 'create':
        case 'insert':
          this.command(token);
          break;
        case 'include':
          this.fail('include is not followed: check the included files on their own, or the output of `nft list ruleset`', token);
        default:
          this.fail(`unexpected "${token.text}" (expected table, define, flush or add)`, token);
      }
    }
  }

  /** `add table F T`, `add chain F T C [{ ... }]`, `add rule F T C ...`, `add set F T S { ... }`. */
  private command(verb: Token): void {
    const what = this.next('table, chain, rule, set or map').text;
    const [family, table] = this.tableName();
    if (what === 'table') {
      if (this.peek()?.text === '{') {
        this.i++;
        this.tableBody(family, table, verb);
      }
      return;
    }
    const name = this.next(`a ${what} name`).text;
    if (what === 'chain') {
      const chain = this.chain(family, table, name, verb);
      if (this.peek()?.text === '{') {
        this.i++;
        this.chainBody(chain);
      }
    } else if (what === 'rule') {
      const chain = this.chains.find((c) => c.family === family && c.table === table && c.name === name) ?? this.fail(`rule for chain ${name}, which is not declared`, verb);
      const tokens = this.statementTokens();
      if (/^(index|position|handle)$/.test(tokens[0]?.text ?? '')) tokens.splice(0, 2);
      const rule = this.rule(tokens, chain);
      if (verb.text === 'insert') chain.rules.unshift(rule);
      else chain.rules.push(rule);
    } else if (what === 'set' || what === 'map') {
      this.expect('{');
      this.setBody(what, `${family} ${table} ${name}`);
    } else this.statementTokens();
  }

  private tableName(): [string, string] {
    const first = this.next('a table family or name').text;
    if (first in FAMILY_NAMES) return [first, this.next('a table name').text];
    return ['ip', first];
  }

  private table(start: Token): void {
    const [family, name] = this.tableName();
    this.expect('{');
    this.tableBody(family, name, start);
  }

  private tableBody(family: string, table: string, start: Token): void {
    for (this.skipSeparators(); this.peek()?.text !== '}'; this.skipSeparators()) {
      if (!this.peek()) this.fail(`table ${table} is not closed with "}"`, start);
      const token = this.next('chain, set or map');
      if (token.text === 'chain') {
        const name = this.next('a chain name');
        this.expect('{');
        this.chainBody(this.chain(family, table, name.text, token));
      } else if (token.text === 'set' || token.text === 'map') {
        const name = this.next(`a ${token.text} name`);
        this.expect('{');
        this.setBody(token.text, `${family} ${table} ${name.text}`);
      } else if (['flags', 'comment'].includes(token.text)) this.statementTokens();
      else if (['counter', 'quota', 'flowtable', 'ct', 'limit', 'secmark', 'synproxy'].includes(token.text)) this.skipBlock();
      else this.fail(`unexpected "${token.text}" in table ${table}`, token);
    }
    this.i++;
  }

  private chain(family: string, table: string, name: string, token: Token): NftChain {
    const existing = this.chains.find((c) => c.family === family && c.table === table && c.name === name);
    if (existing) return existing;
    const chain: NftChain = { family, table, name, priority: 0, span: this.lines.span(token.start, token.end), rules: [] };
    this.chains.push(chain);
    return chain;
  }

  private chainBody(chain: NftChain): void {
    const open = this.tokens[this.i - 1]!;
    for (this.skipSeparators(); this.peek()?.text !== '}'; this.skipSeparators()) {
      if (!this.peek()) this.fail(`chain ${chain.name} is not closed with "}"`, open);
      const first = this.peek()!;
      if (first.text === 'type' && !first.quoted) this.chainType(chain);
      else if (first.text === 'policy' && !first.quoted) {
        this.i++;
        const policy = this.next('a policy');
        if (policy.text !== 'accept' && policy.text !== 'drop') this.fail(`policy must be accept or drop, not "${policy.text}"`, policy);
        chain.policy = policy.text;
        chain.span = this.lines.span(first.start, policy.end);
      } else if (first.text === 'comment' || first.text === 'devices') this.statementTokens();
      else chain.rules.push(this.rule(this.statementTokens(), chain));
    }
    this.i++;
  }

  /** `type filter hook input priority filter + 10` (the policy may follow on the same line). */
  private chainType(chain: NftChain): void {
    const start = this.next('type');
    chain.type = this.next('a chain type').text;
    this.expect('hook');
    const hook = this.next('a hook');
    chain.hook = hook.text;
    if (this.peek()?.text === 'device') this.i += 2;
    this.expect('priority');
    const parts: string[] = [];
    for (let token = this.peek(); token && token.text !== ';' && token.text !== NEWLINE && token.text !== '}'; token = this.peek()) {
      parts.push(...this.substitute(this.tokens[this.i++]!).map((part) => part.text));
    }
    chain.priority = priority(parts.join(' ')) ?? this.fail(`unreadable priority "${parts.join(' ')}"`, start);
    if (chain.policy === undefined) chain.span = this.lines.span(start.start, hook.end);
  }

  private setBody(kind: string, name: string): void {
    const open = this.tokens[this.i - 1]!;
    let elements: Token[] = [];
    for (this.skipSeparators(); this.peek()?.text !== '}'; this.skipSeparators()) {
      if (!this.peek()) this.fail(`${kind} is not closed with "}"`, open);
      const tokens = this.statementTokens();
      if (tokens[0]?.text === 'elements') elements = tokens.slice(2);
    }
    this.i++;
    const items = setItems(elements);
    if (kind === 'set') this.sets.set(name, items);
    else this.maps.set(name, items.map((item) => item.split(/\s*:\s*/) as [string, string]));
  }

  private skipBlock(): void {
    const tokens = this.statementTokens();
    if (!tokens.some((token) => token.text === '{')) this.fail('expected a block');
  }

  /** One rule: its matches, log and verdict; a verdict map makes one statement per entry. */
  private rule(tokens: Token[], chain: NftChain): NftRule {
    if (!tokens.length) this.fail('empty rule');
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const text = this.source.slice(first.start, last.end).replace(/\s+/g, ' ');
    const reader = new RuleReader(tokens, (message, token) => this.fail(message, token ?? first), this.sets, this.maps, `${chain.family} ${chain.table}`);
    return { statements: reader.read(text), span: this.lines.span(first.start, last.end) };
  }
}

const FAMILY_NAMES: Record<string, true> = { ip: true, ip6: true, inet: true, arp: true, bridge: true, netdev: true };

function priority(text: string): number | undefined {
  const match = /^(-?\d+|[a-z]+)(?:\s*([+-])\s*(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const base = /^-?\d+$/.test(match[1]!) ? Number(match[1]) : PRIORITY_NAMES[match[1]!];
  if (base === undefined) return undefined;
  return match[2] ? base + (match[2] === '+' ? 1 : -1) * Number(match[3]) : base;
}

/** Items of `{ a, b, c }` (or `{ k : v, ... }` for maps), joined back into text per item. */
function setItems(tokens: Token[]): string[] {
  const items: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (!token.quoted && (token.text === '{' || token.text === '}' || token.text === ',')) {
      if (current.length) items.push(current.join(' '));
      current = [];
    } else current.push(token.text);
  }
  if (current.length) items.push(current.join(' '));
  return items;
}

/** The match expressions the model describes: `<payload> <field>` -> model key, with the protocol or family it implies. */
const FIELDS: Record<string, { key: MatchKey; protocol?: true; family?: string }> = {
  'ip saddr': { key: 'saddr', family: 'ipv4' },
  'ip6 saddr': { key: 'saddr', family: 'ipv6' },
  'ip daddr': { key: 'daddr', family: 'ipv4' },
  'ip6 daddr': { key: 'daddr', family: 'ipv6' },
  'ip protocol': { key: 'protocol', family: 'ipv4' },
  'ip6 nexthdr': { key: 'protocol', family: 'ipv6' },
  'meta l4proto': { key: 'protocol' },
  'meta nfproto': { key: 'family' },
  'meta iif': { key: 'iif' },
  'meta iifname': { key: 'iif' },
  'ct state': { key: 'state' },
  'tcp dport': { key: 'dport', protocol: true },
  'udp dport': { key: 'dport', protocol: true },
  'sctp dport': { key: 'dport', protocol: true },
  'dccp dport': { key: 'dport', protocol: true },
  'udplite dport': { key: 'dport', protocol: true },
  'th dport': { key: 'dport' },
};
/**
 * The matches a `<payload> <field>` expression makes in the model, with the protocol or family
 * it implies (an `ip saddr` match limits a rule of an inet table to IPv4); undefined for a
 * field the model does not describe.
 */
export function fieldMatches(field: string, values: string[], negated: boolean, inetTable: boolean): Match[] | undefined {
  const known = FIELDS[field];
  if (!known) return undefined;
  const matches: Match[] = [];
  if (known.protocol) matches.push({ key: 'protocol', values: [field.split(' ')[0]!], negated: false });
  if (known.family && inetTable) matches.push({ key: 'family', values: [known.family], negated: false });
  if (known.key === 'family') matches.push({ key: 'family', values: values.map((value) => FAMILY_VALUES[value] ?? value), negated });
  else matches.push({ key: known.key, values, negated });
  return matches;
}

const SINGLE_FIELDS: Record<string, string> = { iif: 'meta iif', iifname: 'meta iifname' };
/** Words that start a `<payload> <field>` expression. */
const PAYLOADS = new Set(['ip', 'ip6', 'tcp', 'udp', 'sctp', 'dccp', 'udplite', 'th', 'meta', 'ct', 'icmp', 'icmpv6', 'ether', 'vlan', 'arp', 'fib', 'rt', 'socket', 'osf', 'ipsec', 'numgen', 'jhash', 'symhash', 'ah', 'esp', 'comp', 'frag', 'hbh', 'mh', 'rt0', 'dst']);
/** Payloads that also limit the rule to a protocol (tcp flags syn is TCP only). */
const PROTOCOL_PAYLOADS = new Set(['tcp', 'udp', 'sctp', 'dccp', 'udplite', 'icmp', 'icmpv6']);
const FAMILY_VALUES: Record<string, string> = { ipv4: 'ipv4', ipv6: 'ipv6', ip: 'ipv4', ip6: 'ipv6' };
const OPERATORS = new Set(['==', '!=', 'eq', 'ne']);
/** Statements that change packets or bookkeeping, not which packets the rule matches. */
const ACTIONS = new Set(['counter', 'notrack', 'masquerade', 'snat', 'dnat', 'redirect', 'mark', 'flow', 'set', 'update', 'add', 'dup', 'fwd', 'tproxy', 'synproxy']);

/** Reads one rule's tokens into statements. */
class RuleReader {
  private i = 0;
  private readonly matches: Match[] = [];
  private readonly conditions: string[] = [];
  private log = false;
  private verdict: Verdict = { kind: 'continue' };
  private unresolved: string | undefined;
  private vmap: { field: string; entries: [string, string][] } | undefined;

  constructor(
    private readonly tokens: Token[],
    private readonly fail: (message: string, token?: Token) => never,
    private readonly sets: Map<string, string[]>,
    private readonly maps: Map<string, [string, string][]>,
    /** "family table" of the rule's chain, which named sets and maps belong to. */
    private readonly table: string,
  ) {}

  read(text: string): Statement[] {
    while (this.i < this.tokens.length) this.expression();
    const base: Statement = { matches: this.matches, conditions: this.conditions, log: this.log, verdict: this.verdict, text, ...(this.unresolved ? { unresolved: this.unresolved } : {}) };
    if (!this.vmap) return [base];
    const vmap = this.vmap;
    return vmap.entries.map(([value, verdict]) => ({
      ...base,
      matches: [...base.matches, ...fieldMatches(vmap.field, [value], false, this.table.startsWith('inet '))!],
      verdict: parseVerdict(verdict.split(' ')) ?? this.fail(`unreadable verdict "${verdict}" in verdict map`),
    }));
  }

  private token(): Token | undefined {
    return this.tokens[this.i];
  }

  private expression(): void {
    const token = this.tokens[this.i]!;
    const word = token.text;
    if (VERDICTS.has(word)) this.readVerdict(token);
    else if (word === 'log') {
      this.log = true;
      this.i++;
      this.skipOptions();
    } else if (word === 'comment') this.i += 2;
    else if (word === 'limit' || word === 'quota') this.conditions.push(this.collect());
    else if (SINGLE_FIELDS[word]) {
      this.i++;
      this.match(SINGLE_FIELDS[word]!, token);
    } else if (PAYLOADS.has(word)) {
      const field = `${word} ${this.tokens[this.i + 1]?.text ?? ''}`;
      if (FIELDS[field] && this.tokens[this.i + 2]?.text !== 'set') {
        this.i += 2;
        this.match(field, token);
      } else {
        // Any other field (tcp flags, icmp type, fib, marks...) narrows the rule in ways the model does not describe.
        if (PROTOCOL_PAYLOADS.has(word)) this.matches.push({ key: 'protocol', values: [word], negated: false });
        const condition = this.collect();
        if (!/ set /.test(condition)) this.conditions.push(condition);
      }
    } else if (ACTIONS.has(word)) this.collect();
    else this.fail(`unexpected "${word}" in rule`, token);
  }

  private readVerdict(token: Token): void {
    const words = this.tokens.slice(this.i, this.i + 2).map((t) => t.text);
    this.verdict = parseVerdict(words) ?? this.fail(`"${token.text}" needs a chain name`, token);
    this.i += this.verdict.kind === 'jump' || this.verdict.kind === 'goto' ? 2 : 1;
    if (this.token()?.text === 'with') this.i += this.tokens[this.i + 2]?.text === 'type' ? 4 : 3; // reject with icmpx type admin-prohibited
    if (token.text === 'queue') this.skipOptions();
  }

  /** A field the model describes, followed by its values or a verdict map. */
  private match(field: string, at: Token): void {
    if (this.token()?.text === 'vmap') {
      this.i++;
      this.vmap = { field, entries: this.mapEntries() };
      return;
    }
    const { values, negated } = this.values(at);
    this.matches.push(...fieldMatches(field, values, negated, this.table.startsWith('inet '))!);
  }

  /** A value, a `{ set }`, a `@named` set, or a comma list, after an optional == or !=. */
  private values(at: Token): { values: string[]; negated: boolean } {
    let negated = false;
    if (OPERATORS.has(this.token()?.text ?? '')) negated = ['!=', 'ne'].includes(this.tokens[this.i++]!.text);
    const token = this.token() ?? this.fail('expected a value', at);
    if (token.text === '{' && !token.quoted) return { values: this.braced(), negated };
    this.i++;
    if (token.text.startsWith('@')) {
      const elements = this.sets.get(`${this.table} ${token.text.slice(1)}`);
      if (!elements?.length) this.unresolved = `set ${token.text} has no elements in this file`;
      return { values: elements ?? [], negated };
    }
    const values = [token.text];
    while (this.token()?.text === ',' && !this.token()!.quoted) {
      this.i++;
      values.push(this.tokens[this.i++]?.text ?? this.fail('expected a value after ","', at));
    }
    return { values, negated };
  }

  private braced(): string[] {
    const open = this.tokens[this.i]!;
    const close = this.tokens.findIndex((token, index) => index > this.i && token.text === '}' && !token.quoted);
    if (close === -1) this.fail('unbalanced "{"', open);
    const items = setItems(this.tokens.slice(this.i + 1, close));
    this.i = close + 1;
    return items;
  }

  private mapEntries(): [string, string][] {
    const token = this.token() ?? this.fail('expected a verdict map');
    if (token.text.startsWith('@')) {
      this.i++;
      const entries = this.maps.get(`${this.table} ${token.text.slice(1)}`);
      if (!entries) this.fail(`map ${token.text} is not defined in this file`, token);
      return entries;
    }
    if (token.text !== '{') this.fail('expected "{" after vmap', token);
    return this.braced().map((item) => {
      const [value, verdict] = item.split(/\s*:\s*/);
      if (!value || !verdict) this.fail(`verdict map entry "${item}" needs "value : verdict"`, token);
      return [value, verdict];
    });
  }

  /** The words up to the next expression the reader knows, as one condition. */
  private collect(): string {
    const start = this.i++;
    while (this.i < this.tokens.length && !this.startsExpression()) {
      if (this.tokens[this.i]!.text === '{') this.braced();
      else this.i++;
    }
    return this.tokens.slice(start, this.i).map((token) => token.text).join(' ');
  }

  private skipOptions(): void {
    while (this.i < this.tokens.length && !this.startsExpression()) this.i++;
  }

  private startsExpression(): boolean {
    const token = this.tokens[this.i]!;
    if (token.quoted) return false;
    return VERDICTS.has(token.text) || ['log', 'counter', 'comment', 'limit'].includes(token.text) || `${token.text} ${this.tokens[this.i + 1]?.text}` in FIELDS;
  }
}

export function parseVerdict(words: string[]): Verdict | undefined {
  const [kind, target] = words;
  if (kind === 'jump' || kind === 'goto') return target ? { kind, target } : undefined;
  if (kind === 'accept' || kind === 'drop' || kind === 'reject' || kind === 'return' || kind === 'continue') return { kind };
  if (kind === 'queue') return { kind: 'continue' };
  return undefined;
}
