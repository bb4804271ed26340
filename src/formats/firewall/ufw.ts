// ufw, read two ways:
//  - /etc/ufw/user.rules and user6.rules, iptables-save text holding ufw's user chains; the
//    default policies live in /etc/default/ufw and the on/off switch in /etc/ufw/ufw.conf, both
//    read when the scan includes them;
//  - `ufw status verbose` output, a table of rules under the status, logging and defaults.
// ufw's own before.rules always accept loopback and established traffic, before user rules.
import { dirname, join } from 'node:path';
import { LineIndex } from '../source.js';
import { InputError, type DocPath, type ParseContext, type RelatedLocation, type Span } from '../types.js';
import { addFilterViews, parseSave, type ChainNames } from './iptables.js';
import { addresses, blankRule, SourceMap, type Direction, type FirewallDocument, type Policy, type Rule, type View } from './model.js';
import { portRange } from './rules.js';
import { ufwApplication } from './services.js';

const POLICIES: Record<string, Policy> = { accept: 'accept', allow: 'accept', drop: 'drop', deny: 'drop', reject: 'reject' };
const DIRECTION_WORDS: Record<Direction, string> = { input: 'incoming', output: 'outgoing', forward: 'routed' };
const ADDRESS = /^(?:\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*)(?:\/\d+)?$/i;
const DEFAULT_KEYS: Record<Direction, string> = { input: 'DEFAULT_INPUT_POLICY', forward: 'DEFAULT_FORWARD_POLICY', output: 'DEFAULT_OUTPUT_POLICY' };

export function looksLikeUserRules(text: string): boolean {
  return /^:ufw6?-user-input\b/m.test(text);
}

/** The status line, and the logging line or rule table of `ufw status`, or the status line alone. */
export function looksLikeStatus(text: string): boolean {
  if (!/^Status: (active|inactive)\s*$/m.test(text)) return false;
  return /^Logging: (on|off)\b/m.test(text) || /^To\s+Action\s+From\s*$/m.test(text) || /^Status: \w+$/.test(text.trim());
}

/** user.rules / user6.rules, with /etc/default/ufw and /etc/ufw/ufw.conf when present. */
export function userRulesDocument(text: string, file: string, context: ParseContext): { document: FirewallDocument; map: SourceMap } {
  const save = parseSave(text, file);
  const prefix = save.family === 'ipv6' ? 'ufw6' : 'ufw';
  const names: ChainNames = { input: `${prefix}-user-input`, forward: `${prefix}-user-forward`, output: `${prefix}-user-output` };
  const document: FirewallDocument = { format: 'ufw', rules: [] };
  const map = new SourceMap(file, save.lines.span(0, Math.max(0, text.indexOf('\n'))));
  addFilterViews(document, map, save, names);
  const defaults = readKeyValues(join(dirname(dirname(file)), 'default', 'ufw'), file, context);
  const conf = readKeyValues(join(dirname(file), 'ufw.conf'), file, context);
  const settings: Record<string, string> = {};
  const views = document[save.family]!;
  const logChains = [`${prefix}-after-logging-input`, `${prefix}-logging-deny`];
  const disabled = conf?.values['ENABLED']?.toLowerCase() === 'no';
  if (disabled) {
    settings['enabled'] = 'no';
    map.set(['settings', 'enabled'], map.locate(['chains', names.input]), conf!.related('ENABLED'));
  }
  for (const direction of ['input', 'forward', 'output'] as const) {
    const view = views[direction]!;
    const chainPath: DocPath = ['chains', names[direction]];
    delete view.policy;
    view.policyPath = chainPath;
    view.loopbackImplicit = true;
    const key = DEFAULT_KEYS[direction];
    const value = defaults?.values[key];
    if (disabled) {
      view.policy = 'accept';
      view.policyReason = 'ufw is disabled (ENABLED=no in ufw.conf)';
      view.policyPath = ['settings', 'enabled'];
    } else if (value && POLICIES[value.toLowerCase()]) {
      view.policy = POLICIES[value.toLowerCase()]!;
      view.policyReason = `${key}="${value}" in /etc/default/ufw`;
      settings[key] = value;
      view.policyPath = ['settings', key];
      map.set(view.policyPath, map.locate(chainPath), defaults!.related(key));
    } else view.policyReason = `${key} is set in /etc/default/ufw, which the scan does not include`;
    if (direction === 'input' && (document.chains![logChains[0]!] || document.chains![logChains[1]!])) {
      view.logDropped = document.rules.some((rule) => logChains.includes(rule.chain) && rule.log);
      view.logPath = ['chains', logChains.find((name) => document.chains![name])!];
    }
  }
  document.settings = settings;
  return { document, map };
}

interface KeyValues {
  values: Record<string, string>;
  related(key: string): RelatedLocation[];
}

/** A shell-style KEY=value file (/etc/default/ufw, ufw.conf), when the scan includes it. */
function readKeyValues(path: string, from: string, context: ParseContext): KeyValues | undefined {
  if (!context.listDir(dirname(path))?.includes(path.slice(dirname(path).length + 1))) return undefined;
  let text: string;
  try {
    text = context.readFile(path, from);
  } catch {
    return undefined;
  }
  const lines = new LineIndex(text);
  const values: Record<string, string> = {};
  const spans: Record<string, Span> = {};
  let offset = 0;
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z_0-9]+)=(.*?)\s*$/.exec(line);
    if (match) {
      values[match[1]!] = match[2]!.replace(/^["']|["']$/g, '');
      spans[match[1]!] = lines.span(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  return { values, related: (key) => (spans[key] ? [{ file: path, ...spans[key]!, message: `set here: ${key}=${values[key]}` }] : []) };
}

/** `ufw status verbose` (or plain `ufw status`) output. */
export function statusDocument(text: string, file: string): { document: FirewallDocument; map: SourceMap } {
  const lines = new LineIndex(text);
  const rows = text.split('\n');
  const offsets: number[] = [];
  rows.reduce((offset, row) => (offsets.push(offset), offset + row.length + 1), 0);
  const spanOf = (i: number) => lines.span(offsets[i]!, offsets[i]! + rows[i]!.replace(/\r$/, '').length);
  const fail = (i: number, message: string): never => {
    throw new InputError(file, message, i + 1, 1);
  };
  const map = new SourceMap(file, spanOf(0));
  const document: FirewallDocument = { format: 'ufw', rules: [], settings: {} };
  const settings = document.settings!;
  const directions: Record<Direction, { policy?: Policy; word?: string }> = { input: {}, forward: {}, output: {} };
  let header: { action: number; from: number } | undefined;
  let statusRow = -1;
  let loggingRow = -1;
  rows.forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    if (!row.trim()) return;
    const field = /^(Status|Logging|Default|New profiles):\s*(.*)$/.exec(row);
    if (field && !header) {
      const [, name, value] = field as unknown as [string, string, string];
      if (name === 'Status') {
        settings['status'] = value;
        statusRow = i;
        map.set(['settings', 'status'], spanOf(i));
      } else if (name === 'Logging') {
        settings['logging'] = value;
        loggingRow = i;
        map.set(['settings', 'logging'], spanOf(i));
      } else if (name === 'Default') {
        settings['default'] = value;
        map.set(['settings', 'default'], spanOf(i));
        for (const part of value.split(',')) {
          const match = /^\s*(\w+)\s+\((incoming|outgoing|routed)\)/.exec(part) ?? fail(i, `unreadable default policy "${part.trim()}"`);
          const direction = (Object.keys(DIRECTION_WORDS) as Direction[]).find((key) => DIRECTION_WORDS[key] === match[2])!;
          const policy = POLICIES[match[1]!.toLowerCase()];
          if (policy) directions[direction] = { policy, word: match[1]! };
        }
      }
      return;
    }
    if (/^To\s+Action\s+From\s*$/.test(row)) {
      header = { action: row.indexOf('Action'), from: row.indexOf('From') };
      return;
    }
    if (/^[-\s]+$/.test(row)) return;
    if (!header) fail(i, `unexpected line "${row.trim().slice(0, 40)}" before the rule table`);
    const path: DocPath = ['rules', document.rules.length];
    const { rule, direction } = statusRule(row, header!, (message) => fail(i, message));
    document.rules.push({ ...rule, chain: direction });
    map.set(path, spanOf(i));
  });
  if (statusRow === -1) fail(0, 'no "Status:" line');
  const inactive = settings['status'] === 'inactive';
  for (const family of ['ipv4', 'ipv6'] as const) {
    const views: Partial<Record<Direction, View>> = {};
    for (const direction of ['input', 'forward', 'output'] as const) {
      const declared = directions[direction];
      const rules = document.rules.flatMap((rule, i) =>
        rule.chain === direction && (rule.family ?? 'ipv4') === family ? [{ ...rule, path: ['rules', i] as DocPath }] : [],
      );
      const view: View = {
        ...(inactive ? { policy: 'accept' as Policy } : declared.policy ? { policy: declared.policy } : {}),
        policyReason: inactive ? 'ufw is inactive' : declared.policy ? `Default: ${declared.word} (${DIRECTION_WORDS[direction]})` : 'no default policy in this output (use `ufw status verbose`)',
        policyPath: inactive ? ['settings', 'status'] : ['settings', 'default'],
        rules,
        loopbackImplicit: true,
        ...(loggingRow >= 0 ? { logDropped: !/^off\b/.test(settings['logging'] as string), logPath: ['settings', 'logging'] } : {}),
      };
      views[direction] = view;
    }
    document[family] = views;
  }
  return { document, map };
}

/** One row of the table: To, Action and From columns at the header's positions. */
function statusRule(row: string, header: { action: number; from: number }, fail: (message: string) => never): { rule: Rule; direction: Direction } {
  const to = row.slice(0, header.action).trim();
  const actionText = row.slice(header.action, header.from).trim();
  const from = row.slice(header.from).replace(/\s+#.*$/, '').trim();
  const action = /^(ALLOW|DENY|REJECT|LIMIT)(?:\s+(IN|OUT|FWD))?$/.exec(actionText) ?? fail(`unreadable action "${actionText}"`);
  const direction: Direction = action[2] === 'OUT' ? 'output' : action[2] === 'FWD' ? 'forward' : 'input';
  const rule: Rule = { ...blankRule(row.trim().replace(/\s{2,}/g, ' '), action[1] === 'DENY' ? 'drop' : action[1] === 'REJECT' ? 'reject' : 'accept') };
  if (action[1] === 'LIMIT') rule.conditions.push('limit');
  if (/\(v6\)/.test(to) || /\(v6\)/.test(from)) rule.family = 'ipv6';
  const target = to.replace(/\s*\(v6\)/, '');
  const on = / on (\S+)$/.exec(target);
  if (on) rule.interfaces = [on[1]!];
  const [first = '', ...rest] = (on ? target.slice(0, on.index) : target).split(' ');
  const ports = ADDRESS.test(first) ? rest.join(' ') : [first, ...rest].join(' ');
  if (ADDRESS.test(first)) rule.destinations = addresses([first]);
  if (ports && ports !== 'Anywhere') Object.assign(rule, portsOf(ports, fail));
  const source = from.replace(/\s*\((v6|out)\)/g, '').replace(/ on \S+$/, '');
  const [address, sourcePort] = source.split(' ');
  if (address && address !== 'Anywhere') rule.sources = addresses([address]);
  if (sourcePort) rule.conditions.push(`source port ${sourcePort}`);
  return { rule, direction };
}

/** "22", "22/tcp", "80,443/tcp", "6000:6007/udp" or an application profile name. */
function portsOf(text: string, fail: (message: string) => never): Partial<Rule> {
  const numeric = /^([\d,:]+)(?:\/(\w+))?$/.exec(text);
  if (numeric) {
    const ports = numeric[1]!.split(',').map((part) => portRange(part) ?? fail(`unreadable port "${part}"`));
    return { ports, protocols: numeric[2] ? [numeric[2]] : [] };
  }
  const app = ufwApplication(text);
  if (!app) return { service: text, unresolved: `ufw application profile "${text}" is not known to policygate` };
  const protocols = [...new Set(app.map((entry) => entry.protocol))];
  return { service: text, ports: app.map((entry) => entry.range), protocols };
}
