// SBOM components against the offline database: stream the records, keep those that name a
// component's package, evaluate them, then merge records that are the same vulnerability
// (OSV aliases: a GHSA, a PYSEC and their CVE) so that each is counted once.
import { scanDatabase, type DatabaseProblem } from './database.js';
import type { EpssScore, EpssScores, KevCatalog, KevEntry } from './feeds.js';
import { evaluate } from './match.js';
import { baseEcosystem, type OsvAffected, type OsvRecord } from './osv.js';
import { componentIdentity, componentVersions, packageKey, parsePurl } from './packages.js';
import { moreSevere, recordSeverity, type VulnSeverity } from './severity.js';
import { NOT_AFFECTED, vexFor, type VexAnalysis, type VexStatement } from './vex.js';

/** A component of a CycloneDX SBOM, as matching needs it. */
export interface SbomComponent {
  ref: string;
  purl: string;
  name: string;
  version?: string;
  type: string;
  properties: { name: string; value: string }[];
}

export interface Affect {
  ref: string;
  purl: string;
  name: string;
  version?: string;
  /** Versions that fix it, from the ranges that matched. */
  fixed: string[];
  vex?: VexAnalysis;
}

export interface Vulnerability {
  /** The CVE when the vulnerability has one (the id KEV and EPSS use), else its advisory id. */
  id: string;
  /** Every other id it is known by. */
  aliases: string[];
  /** The OSV records that matched. */
  records: string[];
  summary?: string;
  advisory?: string;
  severity: VulnSeverity;
  affects: Affect[];
  kev?: KevEntry;
  epss?: EpssScore & { cve: string };
  /** False when VEX says no affected component is exposed to it: listed, not counted. */
  counted: boolean;
}

export interface VulnScanOptions {
  database: { path: string; display: string };
  kev?: KevCatalog;
  epss?: EpssScores;
  vex?: VexStatement[];
}

export interface VulnScan {
  vulnerabilities: Vulnerability[];
  database: { path: string; records: number; withdrawn: number; matchedRecords: number; problems: DatabaseProblem[] };
  components: { total: number; matchable: number };
  /** Component/record pairs that could not be decided (a version outside the ecosystem's order...). */
  undecided: { component: string; record: string; reason: string }[];
  /** CVSS vectors that could not be scored (another source was used). */
  severityProblems: string[];
  /** Milliseconds spent streaming and matching the database. */
  milliseconds: number;
}

interface Target {
  component: SbomComponent;
  versions: string[];
}

interface Match {
  record: OsvRecord;
  affected: OsvAffected;
  target: Target;
  fixed: string[];
}

export function scanVulnerabilities(components: readonly SbomComponent[], options: VulnScanOptions): VulnScan {
  const started = performance.now();
  const targets = new Map<string, Target[]>();
  let matchable = 0;
  for (const component of components) {
    const purl = parsePurl(component.purl);
    const identity = purl && componentIdentity(purl);
    if (!purl || !identity) continue;
    matchable++;
    const list = targets.get(identity.key) ?? [];
    list.push({ component, versions: componentVersions(purl) });
    targets.set(identity.key, list);
  }
  const matches: Match[] = [];
  const undecided: VulnScan['undecided'] = [];
  let records = 0;
  let withdrawn = 0;
  const summary = scanDatabase(options.database.path, options.database.display, (record) => {
    records++;
    if (record.withdrawn) {
      withdrawn++;
      return;
    }
    for (const affected of record.affected) {
      // An ecosystem may carry a suffix (Debian:12, Maven:https://repo...): the package is the base ecosystem's.
      const keys = new Set([packageKey(baseEcosystem(affected.ecosystem), affected.name)]);
      const purl = affected.purl && parsePurl(affected.purl);
      const byPurl = purl && componentIdentity(purl);
      if (byPurl) keys.add(byPurl.key);
      for (const key of keys) {
        for (const target of targets.get(key) ?? []) {
          const verdict = evaluate(affected, target.versions);
          if (verdict.affected) matches.push({ record, affected, target, fixed: verdict.fixed });
          else if (verdict.undecided) undecided.push({ component: target.component.purl, record: record.id, reason: verdict.undecided });
        }
      }
    }
  });
  const severityProblems: string[] = [];
  const vulnerabilities = merge(matches, options, severityProblems);
  return {
    vulnerabilities,
    database: {
      path: options.database.display,
      records,
      withdrawn,
      matchedRecords: new Set(matches.map((match) => match.record.id)).size,
      problems: summary.problems,
    },
    components: { total: components.length, matchable },
    undecided,
    severityProblems: [...new Set(severityProblems)],
    milliseconds: Math.round(performance.now() - started),
  };
}

/** Union-find over every id and alias of the matched records. */
function clusters(records: readonly OsvRecord[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    if (!parent.has(id)) parent.set(id, id);
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const record of records) {
    const root = find(record.id);
    for (const alias of record.aliases) {
      const other = find(alias);
      if (other !== root) parent.set(other, root);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = groups.get(root);
    if (members) members.push(id);
    else groups.set(root, [id]);
  }
  return groups;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** CVEs first (KEV and EPSS know them by it), then GitHub advisories, then the rest, each in order. */
function primary(ids: readonly string[]): string {
  const rank = (id: string) => (id.startsWith('CVE-') ? 0 : id.startsWith('GHSA-') ? 1 : 2);
  return [...ids].sort((a, b) => rank(a) - rank(b) || compare(a, b))[0]!;
}

function merge(matches: readonly Match[], options: VulnScanOptions, severityProblems: string[]): Vulnerability[] {
  const byRecord = new Map<string, OsvRecord>();
  for (const match of matches) byRecord.set(match.record.id, match.record);
  const groups = clusters([...byRecord.values()]);
  const clusterOf = new Map<string, string[]>();
  for (const ids of groups.values()) for (const id of ids) clusterOf.set(id, ids);
  // Keyed by the cluster's array itself: every id of a cluster maps to the same array.
  const grouped = new Map<string[], Match[]>();
  for (const match of matches) {
    const ids = clusterOf.get(match.record.id)!;
    const members = grouped.get(ids);
    if (members) members.push(match);
    else grouped.set(ids, [match]);
  }
  const vulnerabilities: Vulnerability[] = [];
  for (const [ids, group] of grouped) {
    const id = primary(ids);
    const affects = new Map<string, Affect>();
    let severity: VulnSeverity | undefined;
    for (const match of group) {
      const found = recordSeverity(match.record, match.affected, severityProblems);
      severity = severity ? moreSevere(severity, found) : found;
      const { component } = match.target;
      const affect = affects.get(component.ref) ?? { ref: component.ref, purl: component.purl, name: component.name, ...(component.version ? { version: component.version } : {}), fixed: [] };
      affect.fixed = [...new Set([...affect.fixed, ...match.fixed])];
      affects.set(component.ref, affect);
    }
    for (const affect of affects.values()) {
      const vex = options.vex && vexFor(options.vex, ids, affect);
      if (vex) affect.vex = vex;
    }
    const records = [...new Set(group.map((match) => match.record.id))].sort(compare);
    const first = byRecord.get(records[0]!)!;
    const kev = ids.map((alias) => options.kev?.entries.get(alias)).find(Boolean);
    const epss = ids
      .flatMap((alias) => {
        const score = options.epss?.scores.get(alias);
        return score ? [{ cve: alias, ...score }] : [];
      })
      .sort((a, b) => b.epss - a.epss)[0];
    const list = [...affects.values()].sort((a, b) => compare(a.ref, b.ref));
    vulnerabilities.push({
      id,
      aliases: ids.filter((alias) => alias !== id).sort(compare),
      records,
      ...(first.summary ? { summary: first.summary } : {}),
      ...(first.advisory ? { advisory: first.advisory } : {}),
      severity: severity!,
      affects: list,
      ...(kev ? { kev } : {}),
      ...(epss ? { epss } : {}),
      counted: list.some((affect) => !affect.vex || !NOT_AFFECTED.has(affect.vex.state)),
    });
  }
  return vulnerabilities.sort((a, b) => compare(a.id, b.id));
}
