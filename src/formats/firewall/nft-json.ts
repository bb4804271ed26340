// `nft -j list ruleset` output (libnftables-json(5)): the same tables, chains, sets and rules as
// the text form, each rule an array of expressions. Positions come from jsonc-parser's tree, so
// a finding points at the rule's object even when the whole ruleset sits on one line.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../source.js';
import { InputError } from '../types.js';
import { PRIORITY_NAMES, type NftChain } from './nft-model.js';
import { fieldMatches, parseVerdict } from './nftables.js';
import type { Match, Statement, Verdict } from './rules.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const VERDICT_KEYS = new Set(['accept', 'drop', 'reject', 'return', 'continue', 'jump', 'goto', 'queue']);

export function looksLikeNftJson(text: string): boolean {
  return /^\s*\{\s*"nftables"\s*:/.test(text);
}

export function parseNftJson(text: string, file: string): { chains: NftChain[]; lines: LineIndex } {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const fail = (message: string, offset: number): never => {
    const at = lines.position(offset);
    throw new InputError(file, message, at.line, at.column);
  };
  if (errors.length) fail(`invalid JSON: ${printParseErrorCode(errors[0]!.error)}`, errors[0]!.offset);
  const list = root?.children?.find((property) => property.children?.[0]?.value === 'nftables')?.children?.[1];
  if (!list || list.type !== 'array') return fail('expected {"nftables": [...]}', 0);
  const chains: NftChain[] = [];
  const sets = new Map<string, string[]>();
  const find = (family: string, table: string, name: string) => chains.find((c) => c.family === family && c.table === table && c.name === name);
  for (const element of list.children ?? []) {
    const [kind, body] = entry(element);
    if (!kind || !body) continue;
    const span = lines.span(element.offset, element.offset + element.length);
    const family = str(body['family']);
    const table = str(body['table']);
    if (kind === 'chain') {
      const priority = typeof body['prio'] === 'number' ? body['prio'] : PRIORITY_NAMES[str(body['prio'])] ?? 0;
      chains.push({
        family,
        table,
        name: str(body['name']),
        ...(body['type'] ? { type: str(body['type']) } : {}),
        ...(body['hook'] ? { hook: str(body['hook']) } : {}),
        priority,
        ...(body['policy'] ? { policy: str(body['policy']) } : {}),
        span,
        rules: [],
      });
    } else if (kind === 'set') {
      sets.set(`${family} ${table} ${str(body['name'])}`, Array.isArray(body['elem']) ? body['elem'].map(value) : []);
    } else if (kind === 'rule') {
      const chain = find(family, table, str(body['chain'])) ?? fail(`rule for chain ${str(body['chain'])}, which is not listed before it`, element.offset);
      if (!Array.isArray(body['expr'])) fail('rule without "expr"', element.offset);
      const reader = new ExpressionReader(sets, `${family} ${table}`, (message) => fail(message, element.offset));
      const name = `rule handle ${str(body['handle']) || '?'} in chain ${family} ${table} ${chain.name}`;
      chain.rules.push({ statements: reader.read(body['expr'] as Json[], name), span });
    }
  }
  return { chains, lines };
}

function entry(node: Node): [string | undefined, JsonObject | undefined] {
  const property = node.children?.[0];
  const name = property?.children?.[0]?.value as string | undefined;
  const body = property?.children?.[1];
  return [name, body ? (toJson(body) as JsonObject) : undefined];
}

function toJson(node: Node): Json {
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value as string, toJson(p.children![1]!)]));
  if (node.type === 'array') return (node.children ?? []).map(toJson);
  return node.value as Json;
}

function str(value: Json | undefined): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A right-hand value as the text form writes it: 22, "lo", 10.0.0.0/8, 1000-2000, @set. */
function value(json: Json): string {
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    if ('prefix' in json) {
      const prefix = json['prefix'] as JsonObject;
      return `${str(prefix['addr'])}/${str(prefix['len'])}`;
    }
    if ('range' in json && Array.isArray(json['range'])) return json['range'].map(value).join('-');
  }
  return str(json);
}

class ExpressionReader {
  private readonly matches: Match[] = [];
  private readonly conditions: string[] = [];
  private log = false;
  private verdict: Verdict = { kind: 'continue' };
  private unresolved: string | undefined;
  private vmap: { field: string; entries: [string, Verdict][] } | undefined;

  constructor(
    private readonly sets: Map<string, string[]>,
    private readonly table: string,
    private readonly fail: (message: string) => never,
  ) {}

  read(expressions: Json[], text: string): Statement[] {
    for (const expression of expressions) this.expression(expression);
    const base: Statement = { matches: this.matches, conditions: this.conditions, log: this.log, verdict: this.verdict, text, ...(this.unresolved ? { unresolved: this.unresolved } : {}) };
    const vmap = this.vmap;
    if (!vmap) return [base];
    return vmap.entries.map(([key, verdict]) => ({ ...base, matches: [...base.matches, ...this.field(vmap.field, [key], false)], verdict }));
  }

  private expression(expression: Json): void {
    if (!expression || typeof expression !== 'object' || Array.isArray(expression)) return this.fail('an expression must be an object');
    const [kind, body] = Object.entries(expression)[0] ?? [];
    if (!kind) return;
    if (VERDICT_KEYS.has(kind)) this.verdict = this.toVerdict(kind, body);
    else if (kind === 'log') this.log = true;
    else if (kind === 'match') this.match(body as JsonObject);
    else if (kind === 'vmap') {
      const map = body as JsonObject;
      const data = (map['data'] as JsonObject | undefined)?.['set'];
      if (!Array.isArray(data)) return this.fail('verdict map without a "set" of entries');
      const entries = data.map((item): [string, Verdict] => {
        const [key, verdict] = Array.isArray(item) ? item : [];
        const [verdictKind, verdictBody] = Object.entries((verdict ?? {}) as JsonObject)[0] ?? [];
        return [value(key ?? null), this.toVerdict(verdictKind ?? '', verdictBody ?? null)];
      });
      this.vmap = { field: fieldName(map['key'] ?? null) ?? this.fail('verdict map on an expression the model does not describe'), entries };
    } else if (kind === 'limit' || kind === 'quota') this.conditions.push(`${kind} ${JSON.stringify(body)}`);
  }

  private toVerdict(kind: string, body: Json | undefined): Verdict {
    const target = body && typeof body === 'object' && !Array.isArray(body) ? str(body['target']) : '';
    return parseVerdict(target ? [kind, target] : [kind]) ?? this.fail(`unreadable verdict ${kind}`);
  }

  private match(body: JsonObject): void {
    const left = body['left'] ?? null;
    const field = fieldName(left);
    const negated = body['op'] === '!=';
    const right = body['right'] ?? null;
    let values: string[];
    if (typeof right === 'string' && right.startsWith('@')) {
      const elements = this.sets.get(`${this.table} ${right.slice(1)}`);
      if (!elements?.length) this.unresolved = `set ${right} has no elements in this ruleset`;
      values = elements ?? [];
    } else if (Array.isArray(right)) values = right.map(value);
    else if (right && typeof right === 'object' && 'set' in right && Array.isArray(right['set'])) values = right['set'].map(value);
    else values = [value(right)];
    const matches = field ? this.field(field, values, negated) : undefined;
    if (matches) this.matches.push(...matches);
    else this.conditions.push(JSON.stringify(body));
  }

  private field(field: string, values: string[], negated: boolean): Match[] {
    return fieldMatches(field, values, negated, this.table.startsWith('inet ')) ?? [];
  }
}

/** "tcp dport", "ip saddr", "meta iifname", "ct state"... for the left side of a match. */
function fieldName(left: Json): string | undefined {
  if (!left || typeof left !== 'object' || Array.isArray(left)) return undefined;
  const payload = left['payload'] as JsonObject | undefined;
  if (payload) return `${str(payload['protocol'])} ${str(payload['field'])}`;
  const meta = left['meta'] as JsonObject | undefined;
  if (meta) return `meta ${str(meta['key'])}`;
  const ct = left['ct'] as JsonObject | undefined;
  if (ct) return `ct ${str(ct['key'])}`;
  return undefined;
}
