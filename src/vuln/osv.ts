// OSV records (ossf.github.io/osv-schema), read from untrusted JSON into the few fields that
// matching, scoring and reporting use. A record that breaks the schema where those fields
// are concerned is an error naming the record, never a silent skip.

export type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';

export interface OsvEvent {
  kind: EventKind;
  version: string;
}

export interface OsvRange {
  /** SEMVER, ECOSYSTEM or GIT (any other type is kept and never evaluated). */
  type: string;
  events: OsvEvent[];
}

export interface OsvSeverity {
  /** CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu... */
  type: string;
  score: string;
}

export interface OsvAffected {
  ecosystem: string;
  name: string;
  purl?: string;
  ranges: OsvRange[];
  versions: string[];
  /** Per-package severity (schema 1.6), else none. */
  severity: OsvSeverity[];
  /** A severity word from ecosystem_specific or database_specific (e.g. Ubuntu's "medium"). */
  label?: string;
}

export interface OsvRecord {
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases: string[];
  summary?: string;
  severity: OsvSeverity[];
  /** database_specific.severity, e.g. GitHub's HIGH / MODERATE. */
  label?: string;
  affected: OsvAffected[];
  /** An advisory URL for reports: the ADVISORY reference, else the first one. */
  advisory?: string;
}

export class OsvFormatError extends Error {}

const EVENT_KINDS: readonly EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit'];

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OsvFormatError(`${what} is not an array`);
  return value;
}

function strings(value: unknown, what: string): string[] {
  return list(value, what).map((item, i) => {
    if (typeof item !== 'string') throw new OsvFormatError(`${what}[${i}] is not a string`);
    return item;
  });
}

function severities(value: unknown, what: string): OsvSeverity[] {
  return list(value, what).map((item, i) => {
    const entry = object(item);
    const type = text(entry?.['type']);
    const score = text(entry?.['score']);
    if (!type || score === undefined) throw new OsvFormatError(`${what}[${i}] needs a type and a score`);
    return { type, score };
  });
}

function label(...sources: unknown[]): string | undefined {
  for (const source of sources) {
    const severity = text(object(source)?.['severity']);
    if (severity) return severity;
  }
  return undefined;
}

function event(value: unknown, where: string): OsvEvent {
  const entry = object(value);
  const keys = entry ? Object.keys(entry) : [];
  if (!entry || keys.length !== 1 || !EVENT_KINDS.includes(keys[0] as EventKind)) {
    throw new OsvFormatError(`${where} must have exactly one of ${EVENT_KINDS.join(', ')}`);
  }
  const kind = keys[0] as EventKind;
  const version = text(entry[kind]);
  if (!version) throw new OsvFormatError(`${where}.${kind} is not a version string`);
  return { kind, version };
}

function affected(value: unknown, where: string): OsvAffected {
  const entry = object(value);
  if (!entry) throw new OsvFormatError(`${where} is not an object`);
  const pkg = object(entry['package']);
  const ecosystem = text(pkg?.['ecosystem']);
  const name = text(pkg?.['name']);
  if (!ecosystem || !name) throw new OsvFormatError(`${where}.package needs an ecosystem and a name`);
  const ranges = list(entry['ranges'], `${where}.ranges`).map((item, r): OsvRange => {
    const range = object(item);
    const type = text(range?.['type']);
    if (!range || !type) throw new OsvFormatError(`${where}.ranges[${r}] needs a type`);
    return { type, events: list(range['events'], `${where}.ranges[${r}].events`).map((e, n) => event(e, `${where}.ranges[${r}].events[${n}]`)) };
  });
  const purl = text(pkg?.['purl']);
  const severityLabel = label(entry['ecosystem_specific'], entry['database_specific']);
  return {
    ecosystem,
    name,
    ...(purl ? { purl } : {}),
    ranges,
    versions: strings(entry['versions'], `${where}.versions`),
    severity: severities(entry['severity'], `${where}.severity`),
    ...(severityLabel ? { label: severityLabel } : {}),
  };
}

/** Reads one OSV record from parsed JSON; throws OsvFormatError saying what is wrong. */
export function readRecord(value: unknown): OsvRecord {
  const record = object(value);
  const id = text(record?.['id']);
  if (!record || !id) throw new OsvFormatError('not an OSV record (no id)');
  const modified = text(record['modified']);
  if (!modified) throw new OsvFormatError(`${id}: no modified date`);
  const references = list(record['references'], `${id}: references`).map(object);
  const advisory = text(references.find((reference) => reference?.['type'] === 'ADVISORY')?.['url']) ?? text(references[0]?.['url']);
  const published = text(record['published']);
  const withdrawn = text(record['withdrawn']);
  const summary = text(record['summary']);
  const recordLabel = label(record['database_specific']);
  return {
    id,
    modified,
    ...(published ? { published } : {}),
    ...(withdrawn ? { withdrawn } : {}),
    aliases: strings(record['aliases'], `${id}: aliases`),
    ...(summary ? { summary } : {}),
    severity: severities(record['severity'], `${id}: severity`),
    ...(recordLabel ? { label: recordLabel } : {}),
    affected: list(record['affected'], `${id}: affected`).map((item, i) => affected(item, `${id}: affected[${i}]`)),
    ...(advisory ? { advisory } : {}),
  };
}

/** The ecosystem without its release suffix ("Debian:12" is Debian), as `db info` counts them. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}
