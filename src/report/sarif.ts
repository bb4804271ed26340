// SARIF 2.1.0 for GitHub code scanning and other consumers: a rule descriptor per rule with help
// text and security-severity, regions that always start at line 1 or later, partial fingerprints
// that survive line shifts, baselineState when compared, and suppressions for accepted findings.
import type { Finding, RuleMeta, Severity } from '../findings/finding.js';
import type { Report } from './model.js';
import { describedRules, SECURITY_SEVERITY } from './rules.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints`; versioned so that a new scheme can sit beside it. */
export const FINGERPRINT_KEY = 'policygate/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export function renderSarif(report: Report, rules: readonly RuleMeta[]): string {
  const described = describedRules(rules, report.findings);
  const index = new Map(described.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policygate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: described.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error',
              message: { text: error.message },
              locations: [location(error.file, error.line ? { startLine: error.line, ...(error.column ? { startColumn: error.column } : {}) } : undefined)],
            })),
            toolConfigurationNotifications: report.waivers
              .filter((waiver) => waiver.status === 'expired' || waiver.status === 'unused')
              .map((waiver) => ({
                level: waiver.status === 'expired' ? 'warning' : 'note',
                descriptor: { id: `waiver-${waiver.status}` },
                message: {
                  text:
                    waiver.status === 'expired'
                      ? `The ${waiver.source} waiver of ${waiver.rules.join(', ')} (${waiver.scope}) expired on ${waiver.expires}; the findings it covered count again.`
                      : `The ${waiver.source} waiver of ${waiver.rules.join(', ')} (${waiver.scope}) matches no finding.`,
                },
                locations: [location(waiver.location.file, { startLine: waiver.location.line })],
              })),
          },
        ],
        results: report.findings.map((finding) => result(finding, index.get(finding.ruleId)!, report.comparison !== undefined)),
        properties: {
          decision: { blocked: report.decision.blocked, exitCode: report.decision.exitCode, reasons: report.decision.reasons },
          ...(report.comparison ? { comparison: { kind: report.comparison.kind, source: report.comparison.source, fixed: report.comparison.fixed } } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(rule: RuleMeta) {
  const description = rule.description.trim() || rule.title;
  const remediation = rule.remediation.trim();
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: description },
    help: {
      text: remediation ? `${description}\n\nRemediation: ${remediation}` : description,
      markdown: `**${rule.title}**\n\n${description}${remediation ? `\n\n**Remediation:** ${remediation}` : ''}${rule.controls.length ? `\n\n**Controls:** ${rule.controls.map((control) => `\`${control}\``).join(', ')}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[rule.severity],
      severity: rule.severity,
      precision: 'high',
      tags: ['security', rule.kind, ...rule.controls],
    },
  };
}

function result(finding: Finding, ruleIndex: number, compared: boolean) {
  const { file, startLine, startColumn, endLine, endColumn } = finding.location;
  const suppression = finding.suppressed && finding.suppressed.kind !== 'baseline' ? finding.suppressed : undefined;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        ...location(file, region(startLine, startColumn, endLine, endColumn)),
        logicalLocations: [{ fullyQualifiedName: finding.resource, kind: 'resource' }],
      },
    ],
    ...(finding.related?.length
      ? { relatedLocations: finding.related.map((related, id) => ({ id, ...location(related.file, region(related.startLine, related.startColumn, related.endLine, related.endColumn)), message: { text: related.message } })) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(compared && finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(suppression
      ? {
          suppressions: [
            {
              kind: suppression.kind === 'waiver' ? 'external' : 'inSource',
              status: 'accepted',
              justification: suppression.reason,
              ...(suppression.owner || suppression.expires ? { properties: { ...(suppression.owner ? { owner: suppression.owner } : {}), ...(suppression.expires ? { expires: suppression.expires } : {}) } } : {}),
            },
          ],
        }
      : {}),
    ...(finding.fix ? { fixes: [fix(finding.fix)] } : {}),
    properties: { severity: finding.severity, resource: finding.resource, path: finding.path, controls: finding.controls },
  };
}

/** The edits `policy fix` would make, as SARIF replacements (a deleted region and the text put there). */
function fix(planned: NonNullable<Finding['fix']>) {
  return {
    description: { text: `${planned.description}${planned.unsafe ? ` (unsafe: ${planned.unsafe})` : ''}` },
    artifactChanges: planned.changes.map((change) => ({
      artifactLocation: uri(change.file),
      replacements: change.replacements.map((replacement) => ({
        deletedRegion: { startLine: replacement.startLine, startColumn: replacement.startColumn, endLine: replacement.endLine, endColumn: replacement.endColumn },
        insertedContent: { text: replacement.text },
      })),
    })),
  };
}

/** Lines and columns are at least 1, and an end never precedes its start. */
function region(startLine: number, startColumn: number, endLine: number, endColumn: number) {
  const line = Math.max(1, startLine);
  const column = Math.max(1, startColumn);
  const lastLine = Math.max(line, endLine);
  return { startLine: line, startColumn: column, endLine: lastLine, endColumn: lastLine === line ? Math.max(column, endColumn) : Math.max(1, endColumn) };
}

function location(file: string, where?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }) {
  return {
    physicalLocation: {
      artifactLocation: uri(file),
      ...(where ? { region: { ...where, startLine: Math.max(1, where.startLine) } } : {}),
    },
  };
}

/** Relative paths against the source root (as GitHub expects); an absolute path as a file: URI. */
function uri(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file.split(/[\\/]/).map(encodeURIComponent).join('/');
  return encoded.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}
