// Vulnerabilities of an SBOM's components from an offline OSV database, with the optional
// KEV, EPSS and VEX files: the one entry point the CLI and the risk model use.
import { resolve } from 'node:path';
import { readEpss, readKev } from './feeds.js';
import { scanVulnerabilities, type SbomComponent, type VulnScan } from './scan.js';
import { readVex } from './vex.js';

export { componentsOf, withVulnerabilities } from './bom.js';
export { databaseInfo, DatabaseError, type DatabaseInfo } from './database.js';
export { FeedError } from './feeds.js';
export type { Affect, SbomComponent, Vulnerability, VulnScan } from './scan.js';

export interface VulnInputs {
  /** --vuln-db: a directory of OSV records and/or OSV zip archives, or one of them. */
  db: string;
  kev?: string;
  epss?: string;
  vex?: string;
}

export interface FeedSummary {
  kev?: { file: string; entries: number; version?: string };
  epss?: { file: string; scores: number; scoreDate?: string };
  vex?: { file: string; statements: number };
}

/** Reads the feeds (each a FeedError when unusable) and matches the components against the database. */
export function findVulnerabilities(components: readonly SbomComponent[], inputs: VulnInputs, cwd: string): VulnScan & { feeds: FeedSummary } {
  const at = (path: string) => resolve(cwd, path);
  const kev = inputs.kev !== undefined ? readKev(at(inputs.kev), inputs.kev) : undefined;
  const epss = inputs.epss !== undefined ? readEpss(at(inputs.epss), inputs.epss) : undefined;
  const vex = inputs.vex !== undefined ? readVex(at(inputs.vex), inputs.vex) : undefined;
  const scan = scanVulnerabilities(components, { database: { path: at(inputs.db), display: inputs.db }, ...(kev ? { kev } : {}), ...(epss ? { epss } : {}), ...(vex ? { vex } : {}) });
  return {
    ...scan,
    feeds: {
      ...(kev ? { kev: { file: inputs.kev!, entries: kev.entries.size, ...(kev.version ? { version: kev.version } : {}) } } : {}),
      ...(epss ? { epss: { file: inputs.epss!, scores: epss.scores.size, ...(epss.scoreDate ? { scoreDate: epss.scoreDate } : {}) } } : {}),
      ...(vex ? { vex: { file: inputs.vex!, statements: vex.length } } : {}),
    },
  };
}
