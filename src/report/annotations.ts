// GitHub Actions workflow commands (`::error file=...,line=...::message`), written to stderr when
// GITHUB_ACTIONS=true, so that findings show on the lines of the pull request's diff.
import { severityRank } from '../findings/finding.js';
import type { Report } from './model.js';

type Level = 'error' | 'warning';

interface Annotation {
  level: Level;
  file: string;
  line?: number;
  endLine?: number;
  column?: number;
  title: string;
  message: string;
}

/** Findings that count (errors when they block, warnings otherwise), inputs that failed, expired waivers. */
export function renderAnnotations(report: Report): string {
  const threshold = severityRank(report.decision.threshold);
  const annotations: Annotation[] = [
    ...report.errors.map((error): Annotation => ({ level: 'error', file: error.file, ...(error.line ? { line: error.line } : {}), title: 'policygate: input not evaluated', message: error.message })),
    ...report.findings
      .filter((finding) => !finding.suppressed)
      .map(
        (finding): Annotation => ({
          level: severityRank(finding.severity) >= threshold ? 'error' : 'warning',
          file: finding.location.file,
          line: finding.location.startLine,
          endLine: finding.location.endLine,
          column: finding.location.startColumn,
          title: `${finding.ruleId} (${finding.severity}): ${finding.title}`,
          message: `${finding.resource}: ${finding.message}${finding.remediation ? ` ${finding.remediation}` : ''}`,
        }),
      ),
    ...report.waivers
      .filter((waiver) => waiver.status === 'expired')
      .map(
        (waiver): Annotation => ({
          level: 'warning',
          file: waiver.location.file,
          line: waiver.location.line,
          title: `policygate: waiver expired on ${waiver.expires}`,
          message: `The waiver of ${waiver.rules.join(', ')} (${waiver.scope}, owner ${waiver.owner ?? '-'}) expired; the findings it covered count again.`,
        }),
      ),
  ];
  return annotations.map(command).join('');
}

function command(annotation: Annotation): string {
  const properties = [
    `file=${property(annotation.file)}`,
    annotation.line !== undefined ? `line=${annotation.line}` : '',
    annotation.endLine !== undefined ? `endLine=${annotation.endLine}` : '',
    annotation.column !== undefined ? `col=${annotation.column}` : '',
    `title=${property(annotation.title)}`,
  ].filter(Boolean);
  return `::${annotation.level} ${properties.join(',')}::${data(annotation.message)}\n`;
}

/** The escaping GitHub's runner undoes (actions/toolkit `command.ts`). */
function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
