// The CycloneDX side of vulnerability matching: components read from an SBOM's JSON, and the
// matched vulnerabilities written into its `vulnerabilities` section. The SBOM that
// src/sbom builds is post-processed as JSON (src/sbom stays unaware of vulnerabilities);
// the section follows CycloneDX 1.5+ (ratings, affects with per-version status, analysis).
import type { Vulnerability } from './scan.js';
import type { SbomComponent } from './scan.js';
import { NOT_AFFECTED } from './vex.js';

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Every component with a purl, nested ones included (the metadata component is the scanned tree, not a dependency). */
export function componentsOf(bom: unknown): SbomComponent[] {
  const out: SbomComponent[] = [];
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const component = object(item);
      if (!component) continue;
      const purl = text(component['purl']);
      const name = text(component['name']);
      if (purl && name) {
        const version = text(component['version']);
        const properties = Array.isArray(component['properties'])
          ? component['properties'].flatMap((property) => {
              const entry = object(property);
              const key = text(entry?.['name']);
              const value = typeof entry?.['value'] === 'string' ? (entry['value'] as string) : undefined;
              return key && value !== undefined ? [{ name: key, value }] : [];
            })
          : [];
        out.push({ ref: text(component['bom-ref']) ?? purl, purl, name, ...(version ? { version } : {}), type: text(component['type']) ?? 'library', properties });
      }
      visit(component['components']);
    }
  };
  visit(object(bom)?.['components']);
  return out;
}

const METHODS: Record<string, string> = { '3.0': 'CVSSv3', '3.1': 'CVSSv31', '4.0': 'CVSSv4' };
const SOURCES: [RegExp, { name: string; url: (id: string) => string }][] = [
  [/^CVE-/, { name: 'NVD', url: (id) => `https://nvd.nist.gov/vuln/detail/${id}` }],
  [/^GHSA-/, { name: 'GitHub Advisories', url: (id) => `https://github.com/advisories/${id}` }],
  [/./, { name: 'OSV', url: (id) => `https://osv.dev/vulnerability/${id}` }],
];

function source(id: string) {
  const [, found] = SOURCES.find(([pattern]) => pattern.test(id))!;
  return { name: found.name, url: found.url(id) };
}

function toCycloneDx(vulnerability: Vulnerability): Json {
  const { severity } = vulnerability;
  const rating = severity.cvss
    ? { source: source(vulnerability.records[0]!), score: severity.cvss.score, severity: severity.rating, method: METHODS[severity.cvss.version], vector: severity.cvss.vector }
    : { source: source(vulnerability.records[0]!), severity: severity.rating, method: 'other' };
  const fixed = [...new Set(vulnerability.affects.flatMap((affect) => affect.fixed))];
  const analyses = vulnerability.affects.map((affect) => affect.vex);
  const shared = analyses.every((analysis) => analysis && analysis.state === analyses[0]?.state) ? analyses[0] : undefined;
  return {
    'bom-ref': `vulnerability:${vulnerability.id}`,
    id: vulnerability.id,
    source: source(vulnerability.id),
    ...(vulnerability.aliases.length ? { references: vulnerability.aliases.map((alias) => ({ id: alias, source: source(alias) })) } : {}),
    ratings: [rating],
    ...(vulnerability.summary ? { description: vulnerability.summary } : {}),
    ...(fixed.length ? { recommendation: `Upgrade to a fixed version: ${fixed.join(', ')}.` } : {}),
    ...(vulnerability.advisory ? { advisories: [{ url: vulnerability.advisory }] } : {}),
    ...(shared
      ? {
          analysis: {
            state: shared.state,
            ...(shared.justification ? { justification: shared.justification } : {}),
            ...(shared.detail ? { detail: shared.detail } : {}),
          },
        }
      : {}),
    affects: vulnerability.affects.map((affect) => ({
      ref: affect.ref,
      ...(affect.version
        ? { versions: [{ version: affect.version, status: affect.vex && NOT_AFFECTED.has(affect.vex.state) ? 'unaffected' : 'affected' }] }
        : {}),
    })),
    ...(vulnerability.kev || vulnerability.epss
      ? {
          properties: [
            ...(vulnerability.kev ? [{ name: 'policygate:kev:dateAdded', value: vulnerability.kev.dateAdded ?? 'listed' }] : []),
            ...(vulnerability.epss ? [{ name: 'policygate:epss', value: String(vulnerability.epss.epss) }, { name: 'policygate:epss:percentile', value: String(vulnerability.epss.percentile) }] : []),
          ],
        }
      : {}),
  };
}

/** The SBOM with its `vulnerabilities` section set to these (replacing any it had). */
export function withVulnerabilities(bom: Json, vulnerabilities: readonly Vulnerability[]): Json {
  const { vulnerabilities: _previous, ...rest } = bom;
  return vulnerabilities.length ? { ...rest, vulnerabilities: vulnerabilities.map(toCycloneDx) } : rest;
}
