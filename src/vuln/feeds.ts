// Optional exploitation data, read from files the user downloaded (never fetched): CISA's Known
// Exploited Vulnerabilities catalog (JSON) and FIRST's EPSS scores (CSV, optionally gzipped).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A feed file that cannot be used: the command stops with exit 2 rather than scoring without it. */
export class FeedError extends Error {}

export interface KevEntry {
  cve: string;
  dateAdded?: string;
  dueDate?: string;
  /** "Known" when the catalog says ransomware campaigns use it. */
  ransomware?: string;
  name?: string;
}

export interface KevCatalog {
  version?: string;
  entries: Map<string, KevEntry>;
}

const CVE = /^CVE-\d{4}-\d{4,}$/;

function readBytes(file: string, display: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new FeedError(`${display}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const optional = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** CISA KEV: `{ catalogVersion, vulnerabilities: [{ cveID, dateAdded, dueDate, knownRansomwareCampaignUse, ... }] }`. */
export function readKev(file: string, display: string): KevCatalog {
  let json: unknown;
  try {
    json = JSON.parse(readBytes(file, display).toString('utf8'));
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(`${display}: not JSON (${(error as Error).message})`);
  }
  const catalog = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const list = catalog?.['vulnerabilities'];
  if (!Array.isArray(list)) throw new FeedError(`${display}: not a KEV catalog (no "vulnerabilities" array)`);
  const entries = new Map<string, KevEntry>();
  list.forEach((item: unknown, i) => {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const cve = entry['cveID'];
    if (typeof cve !== 'string' || !CVE.test(cve)) throw new FeedError(`${display}: vulnerabilities[${i}] has no valid cveID`);
    const fields = { dateAdded: optional(entry['dateAdded']), dueDate: optional(entry['dueDate']), ransomware: optional(entry['knownRansomwareCampaignUse']), name: optional(entry['vulnerabilityName']) };
    entries.set(cve, { cve, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) });
  });
  const version = optional(catalog!['catalogVersion']);
  return { ...(version ? { version } : {}), entries };
}

export interface EpssScore {
  /** Probability of exploitation activity in the next 30 days, 0 to 1. */
  epss: number;
  percentile: number;
}

export interface EpssScores {
  /** From the `#model_version:...,score_date:...` line, when present. */
  scoreDate?: string;
  scores: Map<string, EpssScore>;
}

/** FIRST EPSS: an optional `#model_version:…,score_date:…` line, the header `cve,epss,percentile`, one row per CVE. */
export function readEpss(file: string, display: string): EpssScores {
  const bytes = readBytes(file, display);
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new FeedError(`${display}: cannot decompress (${(error as Error).message})`);
  }
  const lines = text.split(/\r?\n/);
  let scoreDate: string | undefined;
  let header: string[] | undefined;
  const scores = new Map<string, EpssScore>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (line.startsWith('#')) {
      scoreDate ??= /score_date:([^,\s]+)/.exec(line)?.[1];
      return;
    }
    const cells = line.split(',').map((cell) => cell.trim());
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      if (!['cve', 'epss', 'percentile'].every((column) => header!.includes(column))) throw new FeedError(`${display}:${i + 1}: expected the header cve,epss,percentile`);
      return;
    }
    const cell = (column: string) => cells[header!.indexOf(column)] ?? '';
    const cve = cell('cve');
    const epss = Number(cell('epss'));
    const percentile = Number(cell('percentile'));
    if (!CVE.test(cve) || !(epss >= 0 && epss <= 1) || !(percentile >= 0 && percentile <= 1) || cell('epss') === '' || cell('percentile') === '') {
      throw new FeedError(`${display}:${i + 1}: not a row of cve,epss,percentile: ${line.slice(0, 80)}`);
    }
    scores.set(cve, { epss, percentile });
  });
  if (!header) throw new FeedError(`${display}: empty (expected the header cve,epss,percentile)`);
  return { ...(scoreDate ? { scoreDate } : {}), scores };
}
