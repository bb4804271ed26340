// Human output: the findings that count grouped by file, errors, waivers that need attention,
// then the risk line and one summary line. Suppressed findings are only counted here (they are listed in JSON).
import { SEVERITIES, type Finding } from '../findings/finding.js';
import { riskLine } from '../risk/explain.js';
import type { Report } from './model.js';

export interface TextOptions {
  color: boolean;
}

const SEVERITY_COLOR: Record<string, number> = { critical: 35, high: 31, medium: 33, low: 36, info: 2 };

export function renderText(report: Report, { color }: TextOptions): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings.filter((item) => !item.suppressed)) {
    const list = byFile.get(finding.location.file) ?? [];
    list.push(finding);
    byFile.set(finding.location.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint(4, file));
    for (const finding of findings) {
      const where = `${finding.location.startLine}:${finding.location.startColumn}`.padEnd(8);
      const severity = paint(SEVERITY_COLOR[finding.severity]!, finding.severity.padEnd(8));
      lines.push(`  ${where} ${severity} ${finding.ruleId.padEnd(16)} ${finding.message}  ${paint(2, finding.resource)}`);
      for (const related of finding.related ?? []) lines.push(`  ${''.padEnd(8)} ${''.padEnd(8)} ${''.padEnd(16)} ${paint(2, `${related.message} (${related.file}:${related.startLine})`)}`);
    }
    lines.push('');
  }
  if (report.errors.length) {
    lines.push(paint(31, 'Errors (these inputs could not be evaluated):'));
    for (const error of report.errors) {
      const at = error.line ? `:${error.line}${error.column ? `:${error.column}` : ''}` : '';
      lines.push(`  ${error.file}${at}: ${error.message}`);
    }
    lines.push('');
  }
  const fixed = report.comparison?.fixed ?? [];
  if (fixed.length) {
    lines.push(paint(32, `Fixed since ${report.comparison!.source}:`));
    for (const entry of fixed) lines.push(`  ${entry.file}  ${entry.ruleId.padEnd(16)} ${entry.resource}`);
    lines.push('');
  }
  const attention = report.waivers.filter((waiver) => waiver.status !== 'active');
  if (attention.length) {
    lines.push('Waivers:');
    for (const waiver of attention) {
      const what = `${waiver.rules.join(',')} (${waiver.scope})`;
      const status =
        waiver.status === 'expired'
          ? paint(31, `expired on ${waiver.expires}, no longer suppresses`)
          : waiver.status === 'expiring'
            ? paint(33, `expires on ${waiver.expires} (in ${waiver.daysLeft} day${waiver.daysLeft === 1 ? '' : 's'})`)
            : paint(2, 'matches no finding');
      lines.push(`  ${waiver.location.file}:${waiver.location.line}  ${waiver.source} ${what}: ${status}`);
    }
    lines.push('');
  }
  if (report.risk) lines.push(riskLine(report.risk));
  lines.push(summaryLine(report, paint));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: Report, paint: (code: number, text: string) => string): string {
  const { summary, decision } = report;
  const counts = SEVERITIES.filter((severity) => summary.bySeverity[severity]).map((severity) => `${summary.bySeverity[severity]} ${severity}`);
  const findings = `${summary.findings} finding${summary.findings === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  const files = `${summary.files.checked} file${summary.files.checked === 1 ? '' : 's'} checked, ${summary.documents} document${summary.documents === 1 ? '' : 's'}`;
  const skipped = summary.files.skipped ? `, ${summary.files.skipped} not recognised as input` : '';
  const errors = `${summary.errors} error${summary.errors === 1 ? '' : 's'}`;
  const suppressed = summary.suppressed.total
    ? ` · ${summary.suppressed.total} suppressed (${Object.entries(summary.suppressed.byKind)
        .filter(([, count]) => count)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ')})`
    : '';
  const compared = summary.comparison ? ` · ${summary.comparison.new} new, ${summary.comparison.unchanged} unchanged, ${summary.comparison.fixed} fixed` : '';
  const verdict = decision.failedClosed
    ? paint(31, 'gate: failed (inputs could not be evaluated)')
    : decision.blocked
      ? paint(31, `gate: blocked (${decision.reasons.join('; ')})${decision.softFail ? ' [soft fail: exit 0]' : ''}`)
      : paint(32, `gate: passed (threshold ${decision.threshold})`);
  return `${findings}${suppressed}${compared} · ${files}${skipped} · ${errors} · ${verdict}`;
}
