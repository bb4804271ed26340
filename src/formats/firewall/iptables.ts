// iptables-save / ip6tables-save output (also /etc/iptables/rules.v4, /etc/sysconfig/iptables
// and ufw's user.rules, which use the same format). Only the filter table decides what is
// accepted; the other tables are checked for syntax and otherwise left alone.
import { LineIndex } from '../source.js';
import { InputError, type RelatedLocation, type Span } from '../types.js';
import { SourceMap, type Action, type ChainDeclaration, type Direction, type Family, type FirewallDocument, type Policy, type View } from './model.js';
import { flatten, logsDrops, toEntry, type ChainEntry, type Match, type MatchKey, type Statement, type Verdict } from './rules.js';

export interface ChainLine {
  name: string;
  /** ACCEPT, DROP or "-" for a user chain. */
  policy: string;
  span: Span;
}

export interface RuleLine {
  chain: string;
  statement: Statement;
  span: Span;
}

export interface FilterTable {
  chains: Map<string, ChainLine>;
  rules: RuleLine[];
}

export interface SaveFile {
  /** The filter table, absent when the file has none (then nothing is filtered). */
  filter?: FilterTable;
  lines: LineIndex;
  family: Family;
}

const TERMINAL: Record<string, Action | 'return'> = { ACCEPT: 'accept', DROP: 'drop', REJECT: 'reject', RETURN: 'return' };
const LOGGING_TARGETS = new Set(['LOG', 'NFLOG', 'ULOG']);

/** Options whose value becomes a model match; `!` before the option (or its value) negates it. */
const MATCH_OPTIONS: Record<string, MatchKey> = {
  '-p': 'protocol', '--protocol': 'protocol',
  '-s': 'saddr', '--source': 'saddr', '--src': 'saddr',
  '-d': 'daddr', '--destination': 'daddr', '--dst': 'daddr',
  '-i': 'iif', '--in-interface': 'iif',
  '--dport': 'dport', '--destination-port': 'dport', '--dports': 'dport', '--destination-ports': 'dport',
  '--state': 'state', '--ctstate': 'state',
};

export function parseSave(text: string, file: string): SaveFile {
  const lines = new LineIndex(text);
  let table: { name: string; line: number; filter?: FilterTable } | undefined;
  let filter: FilterTable | undefined;
  let offset = 0;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    const fail = (message: string): never => {
      throw new InputError(file, message, lineNo, line.length - line.trimStart().length + 1);
    };
    const span = lines.span(start + (line.length - line.trimStart().length), start + line.length);
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (trimmed.startsWith('*')) {
      if (table) fail(`table *${trimmed.slice(1)} starts before *${table.name} (line ${table.line}) is committed`);
      table = { name: trimmed.slice(1), line: lineNo };
      if (table.name === 'filter') table.filter = filter = { chains: new Map(), rules: [] };
    } else if (trimmed === 'COMMIT') {
      if (!table) fail('COMMIT outside a table');
      table = undefined;
    } else if (trimmed.startsWith(':')) {
      if (!table) fail('chain declared outside a table (missing *filter line?)');
      const [name, policy] = trimmed.slice(1).split(/\s+/);
      if (!name || !policy) fail(`chain declaration "${trimmed}" needs a name and a policy`);
      table!.filter?.chains.set(name!, { name: name!, policy: policy!, span });
    } else if (trimmed.startsWith('-') || trimmed.startsWith('[')) {
      if (!table) fail('rule outside a table (missing *filter line?)');
      const declared = table!.filter?.chains;
      const rule = parseRule(trimmed, new Set(declared?.keys()), fail);
      if (declared && !declared.has(rule.chain)) fail(`rule appends to chain ${rule.chain}, which is not declared in *${table!.name}`);
      table!.filter?.rules.push({ ...rule, span });
    } else fail(`unexpected line "${trimmed.slice(0, 40)}" (expected *table, :chain, a rule or COMMIT)`);
  }
  if (table) throw new InputError(file, `table *${table.name} is never committed (missing COMMIT)`, table.line);
  return { ...(filter ? { filter } : {}), lines, family: familyOf(text, file) };
}

function familyOf(text: string, file: string): Family {
  if (/^#.*ip6tables-save/m.test(text) || /^:ufw6-/m.test(text) || /(^|\/)(rules\.v6|ip6tables[^/]*|user6\.rules)$/.test(file)) return 'ipv6';
  if (/\s-[sd]\s+!?\s*[0-9a-f]*:[0-9a-f:]*(\/\d+)?\s/i.test(text)) return 'ipv6';
  return 'ipv4';
}

/** iptables-save quotes with double quotes and escapes quotes inside them with a backslash. */
function words(line: string, fail: (message: string) => never): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of line.matchAll(re)) out.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!);
  if ((line.match(/(?<!\\)"/g)?.length ?? 0) % 2) fail('unterminated quote');
  return out;
}

function parseRule(line: string, userChains: ReadonlySet<string>, fail: (message: string) => never): { chain: string; statement: Statement } {
  const tokens = words(line, fail);
  const matches: Match[] = [];
  const conditions: string[] = [];
  let chain: string | undefined;
  let verdict: Verdict = { kind: 'continue' };
  let log = false;
  let negate = false;
  let i = tokens[0]?.startsWith('[') ? 1 : 0; // iptables-save -c counters
  const value = (option: string): string => {
    let next = tokens[++i];
    if (next === '!') {
      negate = true;
      next = tokens[++i];
    }
    if (next === undefined) fail(`option ${option} needs a value`);
    return next!;
  };
  const optionArguments = (): string[] => {
    const args: string[] = [];
    while (i + 1 < tokens.length && !/^(-|!$)/.test(tokens[i + 1]!)) args.push(tokens[++i]!);
    return args;
  };
  // A target's own options (--log-prefix "x", --reject-with y) follow it.
  const skipTargetOptions = () => {
    while (i + 1 < tokens.length && tokens[i + 1]!.startsWith('--') && !MATCH_OPTIONS[tokens[i + 1]!]) {
      i++;
      optionArguments();
    }
  };
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '!') {
      negate = true;
      continue;
    }
    const key = MATCH_OPTIONS[token];
    if (key) {
      const values = value(token).split(',');
      matches.push({ key, values, negated: negate });
    } else if (token === '-A' || token === '--append' || token === '-I' || token === '--insert') {
      chain = value(token);
      if (/^\d+$/.test(tokens[i + 1] ?? '')) i++;
    } else if (token === '-m' || token === '--match') {
      value(token);
    } else if (token === '-j' || token === '--jump' || token === '-g' || token === '--goto') {
      const target = value(token);
      skipTargetOptions();
      if (LOGGING_TARGETS.has(target)) log = true;
      else if (TERMINAL[target]) verdict = { kind: TERMINAL[target] };
      else if (userChains.has(target)) verdict = { kind: token === '-g' || token === '--goto' ? 'goto' : 'jump', target };
      else conditions.push(`-j ${target}`); // an extension target (MARK, CT, DNAT...) decides nothing here
    } else if (token === '--comment') {
      value(token);
    } else if (token.startsWith('-')) {
      conditions.push([token, ...optionArguments()].join(' '));
    } else fail(`unexpected "${token}" in rule`);
    negate = false;
  }
  if (!chain) fail('rule without -A or -I chain');
  return { chain: chain!, statement: { matches, conditions, log, verdict, text: line } };
}

export interface ChainNames {
  input: string;
  forward: string;
  output: string;
}

export const BUILTIN_CHAINS: ChainNames = { input: 'INPUT', forward: 'FORWARD', output: 'OUTPUT' };

/** Puts the filter table's rules into the document and builds a view per direction; policies are left to the caller when the chains have none. */
export function addFilterViews(document: FirewallDocument, map: SourceMap, save: SaveFile, names: ChainNames): void {
  const filter = save.filter ?? { chains: new Map(), rules: [] };
  const chains: Record<string, ChainDeclaration> = {};
  for (const chain of filter.chains.values()) {
    chains[chain.name] = { policy: chain.policy };
    map.set(['chains', chain.name], chain.span);
  }
  document.chains = chains;
  const entries = new Map<string, ChainEntry[]>([...filter.chains.keys()].map((name) => [name, []]));
  const known = new Set(filter.chains.keys());
  const jumps = new Map<string, RelatedLocation[]>();
  for (const line of filter.rules) {
    const path = ['rules', document.rules.length];
    const entry = toEntry(line.statement, path, known);
    document.rules.push({ ...entry.rule, chain: line.chain });
    entries.get(line.chain)!.push(entry);
    if (entry.jump) jumps.set(entry.jump, [...(jumps.get(entry.jump) ?? []), { file: map.file, ...line.span, message: `reached through "${line.statement.text}"` }]);
  }
  // A rule in a user chain is explained by the jumps that lead to it.
  document.rules.forEach((rule, i) => map.set(['rules', i], filter.rules[i]!.span, jumps.get(rule.chain)));
  const views: Partial<Record<Direction, View>> = {};
  for (const direction of ['input', 'forward', 'output'] as const) {
    const name = names[direction];
    const declared = filter.chains.get(name);
    const policy = declared ? POLICIES[declared.policy] : undefined;
    const rules = flatten(entries, name, save.family);
    views[direction] = {
      ...(policy ? { policy } : !save.filter ? { policy: 'accept' as Policy } : {}),
      policyReason: declared ? `${name} policy ${declared.policy}` : `no *filter table: nothing is filtered`,
      policyPath: declared ? ['chains', name] : [],
      rules,
      logDropped: logsDrops(rules),
    };
  }
  document[save.family] = views;
}

const POLICIES: Record<string, Policy> = { ACCEPT: 'accept', DROP: 'drop' };

export function iptablesDocument(text: string, file: string): { document: FirewallDocument; map: SourceMap } {
  const save = parseSave(text, file);
  const document: FirewallDocument = { format: 'iptables', rules: [] };
  const map = new SourceMap(file, save.lines.span(0, Math.max(0, text.indexOf('\n'))));
  addFilterViews(document, map, save, BUILTIN_CHAINS);
  return { document, map };
}
