// The offline vulnerability database: a directory of OSV JSON records (any depth), OSV's
// per-ecosystem all.zip archives (read in place, one entry at a time), or a mix, or a single
// archive or record file. Records are streamed to a visitor; nothing holds the whole database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { baseEcosystem, OsvFormatError, readRecord, type OsvRecord } from './osv.js';
import { ZipError, ZipReader } from './zip.js';

/** The database path itself is unusable: the command cannot run (exit 2). */
export class DatabaseError extends Error {}

/** A record or file that could not be read; the rest of the database still is. */
export interface DatabaseProblem {
  /** The file, or `archive.zip:entry.json`. */
  source: string;
  message: string;
}

export interface ScanSummary {
  /** JSON files and archive entries read. */
  sources: number;
  /** Files that are neither .json nor .zip, and archive entries that are not .json. */
  ignored: number;
  problems: DatabaseProblem[];
}

export type RecordVisitor = (record: OsvRecord, source: string) => void;

function parseRecords(text: string, source: string, visit: RecordVisitor, problems: DatabaseProblem[]): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ source, message: `not JSON: ${(error as Error).message}` });
    return;
  }
  for (const item of Array.isArray(json) ? json : [json]) {
    try {
      visit(readRecord(item), source);
    } catch (error) {
      if (!(error instanceof OsvFormatError)) throw error;
      problems.push({ source, message: error.message });
    }
  }
}

function scanArchive(path: string, display: string, visit: RecordVisitor, summary: ScanSummary): void {
  let zip: ZipReader;
  try {
    zip = ZipReader.open(path);
  } catch (error) {
    if (!(error instanceof ZipError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
    summary.problems.push({ source: display, message: (error as Error).message });
    return;
  }
  try {
    for (const entry of zip.entries) {
      if (entry.name.endsWith('/')) continue; // a directory
      if (!entry.name.toLowerCase().endsWith('.json')) {
        summary.ignored++;
        continue;
      }
      const source = `${display}:${entry.name}`;
      summary.sources++;
      let text: string;
      try {
        text = zip.read(entry).toString('utf8');
      } catch (error) {
        if (!(error instanceof ZipError)) throw error;
        summary.problems.push({ source, message: error.message });
        continue;
      }
      parseRecords(text, source, visit, summary.problems);
    }
  } finally {
    zip.close();
  }
}

function scanPath(path: string, display: string, visit: RecordVisitor, summary: ScanSummary): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      scanPath(join(path, name), `${display}/${name}`, visit, summary);
    }
    return;
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.zip')) scanArchive(path, display, visit, summary);
  else if (lower.endsWith('.json')) {
    summary.sources++;
    parseRecords(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), display, visit, summary.problems);
  } else summary.ignored++;
}

/** Streams every record of the database at `path` (shown to the user as `display`) to `visit`. */
export function scanDatabase(path: string, display: string, visit: RecordVisitor): ScanSummary {
  try {
    statSync(path);
  } catch {
    throw new DatabaseError(`${display}: no such file or directory`);
  }
  const summary: ScanSummary = { sources: 0, ignored: 0, problems: [] };
  scanPath(path, display, visit, summary);
  if (summary.sources === 0 && summary.problems.length === 0) {
    throw new DatabaseError(`${display}: no OSV records (expected .json records or OSV's .zip archives)`);
  }
  return summary;
}

export interface DatabaseInfo {
  path: string;
  records: number;
  /** Withdrawn records: counted here, never matched. */
  withdrawn: number;
  /** Records per ecosystem (a record naming two ecosystems counts in both); records without `affected` under "(none)". */
  ecosystems: Record<string, number>;
  /** The newest `modified` date of any record. */
  newestModified?: string;
  ignored: number;
  problems: DatabaseProblem[];
}

export function databaseInfo(path: string, display: string): DatabaseInfo {
  const counts = new Map<string, number>();
  let records = 0;
  let withdrawn = 0;
  let newest: { text: string; time: number } | undefined;
  const summary = scanDatabase(path, display, (record) => {
    records++;
    if (record.withdrawn) withdrawn++;
    const ecosystems = new Set(record.affected.map((entry) => baseEcosystem(entry.ecosystem)));
    if (!ecosystems.size) ecosystems.add('(none)');
    for (const ecosystem of ecosystems) counts.set(ecosystem, (counts.get(ecosystem) ?? 0) + 1);
    const time = Date.parse(record.modified);
    if (!Number.isNaN(time) && (!newest || time > newest.time)) newest = { text: record.modified, time };
  });
  return {
    path: display,
    records,
    withdrawn,
    ecosystems: Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ...(newest ? { newestModified: newest.text } : {}),
    ignored: summary.ignored,
    problems: summary.problems,
  };
}
