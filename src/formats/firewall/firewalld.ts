// firewalld zone files (/etc/firewalld/zones/<zone>.xml). A zone opens services, ports and
// protocols to the traffic it receives: from its <source> networks when it has any, else from
// anywhere on its interfaces (or on every interface, as the default zone). Rich rules come in
// firewalld's order: priority below 0, then log, deny and allow rules, then priority above 0.
// The zone's target is the inbound policy. firewalld.conf beside the zones folder, when the scan
// includes it, gives the default zone and LogDenied; custom services come from services/*.xml.
import { basename, dirname, join } from 'node:path';
import { LineIndex } from '../source.js';
import { InputError, type ParseContext, type RelatedLocation, type Span } from '../types.js';
import { addresses, blankRule, FAMILIES, SourceMap, type Family, type FirewallDocument, type Policy, type Rule, type View } from './model.js';
import { portRange } from './rules.js';
import { firewalldService, type ServicePort } from './services.js';
import { parseXml, type XmlElement } from '../xml.js';

const TARGETS: Record<string, Policy> = { default: 'reject', ACCEPT: 'accept', DROP: 'drop', '%%REJECT%%': 'reject', REJECT: 'reject' };

interface Placed {
  rule: Rule;
  span: Span;
  /** firewalld's evaluation order: [priority band, log/deny/allow within priority 0, document order]. */
  order: [number, number, number];
}

export function looksLikeZone(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<zone[\s/>]/.test(text);
}

export function firewalldDocument(text: string, file: string, context: ParseContext): { document: FirewallDocument; map: SourceMap; zone: string } {
  const root = parseXml(text, file);
  const lines = new LineIndex(text);
  const span = (element: XmlElement) => lines.span(element.start, element.end);
  const zone = basename(file).replace(/\.xml$/i, '');
  const conf = readConf(file, context);
  const map = new SourceMap(file, span(root));
  const target = root.attributes['target'] ?? 'default';
  const policy = TARGETS[target] ?? fail(file, lines, root, `zone target "${target}" is not one of default, ACCEPT, DROP, %%REJECT%%`);
  const zoneSources = root.children.filter((child) => child.name === 'source' && child.attributes['address']).map((child) => child.attributes['address']!);
  const isDefault = conf?.values['DefaultZone'] === zone;
  const document: FirewallDocument = {
    format: 'firewalld',
    rules: [],
    settings: {
      zone,
      target,
      sources: zoneSources,
      interfaces: root.children.filter((child) => child.name === 'interface').map((child) => child.attributes['name'] ?? ''),
      ...(conf?.values['DefaultZone'] ? { defaultZone: conf.values['DefaultZone'] } : {}),
    },
  };
  map.set(['settings', 'target'], span(root));
  const placed: Placed[] = [];
  root.children.forEach((child, index) => {
    const text_ = raw(text, child);
    const fromZone = (rule: Rule): Rule => (zoneSources.length && !rule.sources.length ? { ...rule, sources: addresses(zoneSources) } : rule);
    if (child.name === 'service' || child.name === 'port' || child.name === 'protocol') {
      for (const rule of openings(child, text_, file, context, lines)) placed.push({ rule: fromZone(rule), span: span(child), order: [1, 2, index] });
    } else if (child.name === 'rule') {
      const priority = Number(child.attributes['priority'] ?? 0);
      for (const rule of richRule(child, text_, file, context, lines)) {
        const kind = rule.action === 'accept' ? 2 : rule.action === 'continue' ? 0 : 1;
        placed.push({ rule: fromZone(rule), span: span(child), order: [Math.sign(priority) + 1, priority === 0 ? kind : priority, index] });
      }
    }
  });
  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  placed.forEach((entry, i) => {
    document.rules.push({ ...entry.rule, chain: `zone ${zone}` });
    map.set(['rules', i], entry.span);
  });
  const logDenied = conf?.values['LogDenied'];
  if (conf) map.set(['settings', 'logDenied'], span(root), conf.related('LogDenied', `LogDenied=${logDenied ?? 'off (not set)'}`));
  for (const family of FAMILIES) {
    const rules = placed.flatMap((entry, i) => (!entry.rule.family || entry.rule.family === family ? [{ ...entry.rule, path: ['rules', i] }] : []));
    const view: View = {
      policy,
      policyReason: `zone ${zone}${isDefault ? ' (the default zone)' : ''} target ${target}`,
      policyPath: ['settings', 'target'],
      rules,
      loopbackImplicit: true,
    };
    const logsDrops = rules.some((rule) => rule.log && rule.action !== 'accept');
    if (conf || logsDrops) {
      view.logDropped = logsDrops || (logDenied !== undefined && logDenied !== 'off');
      view.logPath = ['settings', 'logDenied'];
    }
    document[family] = { input: view };
  }
  return { document, map, zone };
}

/** <service>, <port> or <protocol>: accepted from anywhere the zone receives traffic from. */
function openings(element: XmlElement, text: string, file: string, context: ParseContext, lines: LineIndex): Rule[] {
  const base = blankRule(text, 'accept');
  if (element.name === 'protocol') return [{ ...base, protocols: [element.attributes['value'] ?? ''] }];
  if (element.name === 'port') return [portRule(base, element, file, lines)];
  const name = element.attributes['name'] ?? '';
  const ports = firewalldService(name) ?? customService(name, file, context);
  if (!ports) return [{ ...base, service: name, unresolved: `firewalld service "${name}" is not built in and services/${name}.xml is not in the scanned tree` }];
  return byProtocol(ports).map(([protocol, ranges]) => ({ ...base, service: name, protocols: [protocol], ports: ranges }));
}

function portRule(base: Rule, element: XmlElement, file: string, lines: LineIndex): Rule {
  const range = portRange(element.attributes['port'] ?? '') ?? fail(file, lines, element, `port "${element.attributes['port'] ?? ''}" is not a port or range`);
  return { ...base, protocols: [element.attributes['protocol'] ?? 'tcp'], ports: [range] };
}

function byProtocol(ports: ServicePort[]): [string, { from: number; to: number }[]][] {
  const groups = new Map<string, { from: number; to: number }[]>();
  for (const port of ports) groups.set(port.protocol, [...(groups.get(port.protocol) ?? []), port.range]);
  return [...groups];
}

/** A rich rule: its family, source and destination, what it matches, whether it logs, and its action. */
function richRule(element: XmlElement, text: string, file: string, context: ParseContext, lines: LineIndex): Rule[] {
  const child = (name: string) => element.children.find((c) => c.name === name);
  const action = child('accept') ? 'accept' : child('drop') ? 'drop' : child('reject') ? 'reject' : 'continue';
  let rule: Rule = { ...blankRule(text, action), log: Boolean(child('log') || child('nflog')) };
  const family = element.attributes['family'];
  if (family === 'ipv4' || family === 'ipv6') rule.family = family as Family;
  for (const [name, field] of [['source', 'sources'], ['destination', 'destinations']] as const) {
    const address = child(name);
    if (!address) continue;
    if (address.attributes['address']) rule[field] = addresses([address.attributes['address']]);
    else rule.conditions.push(raw(text, address));
    if (/^true$/i.test(address.attributes['invert'] ?? '')) rule.negated.push(field);
  }
  const match = element.children.find((c) => ['service', 'port', 'protocol'].includes(c.name));
  if (match) return openings(match, text, file, context, lines).map((opening) => ({ ...rule, protocols: opening.protocols, ports: opening.ports, ...pick(opening) }));
  for (const other of element.children.filter((c) => ['icmp-block', 'icmp-type', 'source-port', 'forward-port', 'masquerade'].includes(c.name))) rule = { ...rule, conditions: [...rule.conditions, other.name] };
  return [rule];
}

function pick(rule: Rule): Partial<Rule> {
  return { ...(rule.service ? { service: rule.service } : {}), ...(rule.unresolved ? { unresolved: rule.unresolved } : {}) };
}

/** /etc/firewalld/services/<name>.xml beside the zones folder. */
function customService(name: string, file: string, context: ParseContext): ServicePort[] | undefined {
  const dir = join(dirname(dirname(file)), 'services');
  if (!context.listDir(dir)?.includes(`${name}.xml`)) return undefined;
  try {
    const path = join(dir, `${name}.xml`);
    const service = parseXml(context.readFile(path, file), path);
    return service.children
      .filter((c) => c.name === 'port')
      .flatMap((c) => {
        const range = portRange(c.attributes['port'] ?? '');
        return range ? [{ protocol: c.attributes['protocol'] ?? 'tcp', range }] : [];
      });
  } catch {
    return undefined;
  }
}

interface Conf {
  values: Record<string, string>;
  related(key: string, message: string): RelatedLocation[];
}

/** firewalld.conf beside the zones folder, when the scan includes it. */
function readConf(file: string, context: ParseContext): Conf | undefined {
  const dir = dirname(dirname(file));
  if (!context.listDir(dir)?.includes('firewalld.conf')) return undefined;
  const path = join(dir, 'firewalld.conf');
  let text: string;
  try {
    text = context.readFile(path, file);
  } catch {
    return undefined; // outside the scanned tree: as if absent
  }
  const lines = new LineIndex(text);
  const values: Record<string, string> = {};
  const spans: Record<string, Span> = {};
  let offset = 0;
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) {
      values[match[1]!] = match[2]!.replace(/^"|"$/g, '');
      spans[match[1]!] = lines.span(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  return { values, related: (key, message) => [{ file: path, ...(spans[key] ?? lines.span(0, 0)), message }] };
}

/** An element as written, on one line. */
function raw(text: string, element: XmlElement): string {
  return text.slice(element.start, element.outerEnd).replace(/\s*\n\s*/g, ' ');
}

function fail(file: string, lines: LineIndex, element: XmlElement, message: string): never {
  const at = lines.position(element.start);
  throw new InputError(file, message, at.line, at.column);
}
