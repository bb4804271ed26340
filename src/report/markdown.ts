// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: the decision and why, the risk,
// the findings that count (new ones, when compared), what was fixed, and waivers running out.
import { severityRank, SEVERITIES, type Finding } from '../findings/finding.js';
import { EXPIRING_WITHIN_DAYS, type WaiverEntry } from '../findings/waivers.js';
import type { Report } from './model.js';

/** A comment stays readable (and under GitHub's size limit); the full list is in the other reports. */
const MAX_ROWS = 50;

export function renderMarkdown(report: Report): string {
  const { decision, summary, comparison } = report;
  const out: string[] = [`## policygate: ${verdict(report)}`, ''];
  for (const reason of decision.reasons) out.push(`- ${cell(reason)}`);
  if (decision.failedClosed) out.push(`- ${summary.errors} input${summary.errors === 1 ? '' : 's'} could not be evaluated (the gate fails closed)`);
  if (decision.reasons.length || decision.failedClosed) out.push('');
  if (comparison) {
    const against = comparison.kind === 'git' ? `\`${comparison.source}\`${comparison.commit ? ` (${comparison.commit.slice(0, 12)})` : ''}` : `baseline \`${comparison.source}\``;
    const counts = summary.comparison!;
    out.push(`Compared with ${against}: **${counts.new} new**, ${counts.unchanged} unchanged, ${counts.fixed} fixed.`, '');
  }
  if (report.risk) {
    const gate = decision.risk ? ` (the gate blocks at ${decision.risk.threshold})` : '';
    out.push(`Risk: **${report.risk.score}/100** (${report.risk.rating})${gate}.`, '');
  }
  const counts = SEVERITIES.filter((severity) => summary.bySeverity[severity]).map((severity) => `${summary.bySeverity[severity]} ${severity}`);
  out.push(
    `${summary.findings} finding${summary.findings === 1 ? '' : 's'} that count${counts.length ? ` (${counts.join(', ')})` : ''}, ` +
      `${summary.suppressed.total} suppressed, ${summary.errors} error${summary.errors === 1 ? '' : 's'}; ` +
      `${summary.files.checked} file${summary.files.checked === 1 ? '' : 's'} checked; blocking at ${decision.threshold} and above.`,
    '',
  );

  const counted = report.findings.filter((finding) => !finding.suppressed).sort(bySeverity);
  out.push(`### ${comparison ? 'New findings' : 'Findings'} (${counted.length})`, '');
  if (counted.length) {
    out.push('| Severity | Rule | Location | Resource | Message |', '| --- | --- | --- | --- | --- |');
    for (const finding of counted.slice(0, MAX_ROWS)) {
      out.push(`| ${finding.severity} | ${finding.ruleId} | \`${code(`${finding.location.file}:${finding.location.startLine}`)}\` | ${cell(finding.resource)} | ${cell(finding.message)}${fixNote(finding)} |`);
    }
    if (counted.length > MAX_ROWS) out.push('', `…and ${counted.length - MAX_ROWS} more (see the SARIF or JSON report).`);
    const fixable = counted.filter((finding) => finding.fix).length;
    if (fixable) out.push('', `🔧 ${fixable} of these can be fixed automatically: \`policy fix --dry-run\` shows the change, \`policy fix\` makes it.`);
  } else out.push('None.');
  out.push('');

  if (comparison?.fixed.length) {
    out.push(`### Fixed (${comparison.fixed.length})`, '', '| Severity | Rule | File | Resource |', '| --- | --- | --- | --- |');
    for (const entry of comparison.fixed.slice(0, MAX_ROWS)) out.push(`| ${entry.severity} | ${entry.ruleId} | \`${code(entry.file)}\` | ${cell(entry.resource)} |`);
    if (comparison.fixed.length > MAX_ROWS) out.push('', `…and ${comparison.fixed.length - MAX_ROWS} more.`);
    out.push('');
  }

  if (report.errors.length) {
    out.push(`### Inputs that could not be evaluated (${report.errors.length})`, '');
    for (const error of report.errors.slice(0, MAX_ROWS)) out.push(`- \`${code(`${error.file}${error.line ? `:${error.line}` : ''}`)}\` ${cell(error.message)}`);
    out.push('');
  }

  waiverTable(out, `Waivers expiring within ${EXPIRING_WITHIN_DAYS} days`, report.waivers.filter((waiver) => waiver.status === 'expiring'));
  waiverTable(out, 'Expired waivers (they no longer suppress)', report.waivers.filter((waiver) => waiver.status === 'expired'));
  return `${out.join('\n').trimEnd()}\n`;
}

function verdict(report: Report): string {
  const { decision } = report;
  if (decision.failedClosed) return '⚠️ failed (inputs could not be evaluated)';
  if (decision.blocked) return decision.softFail ? '❌ blocked (soft fail: not enforced)' : '❌ blocked';
  return '✅ passed';
}

function waiverTable(out: string[], title: string, waivers: WaiverEntry[]): void {
  if (!waivers.length) return;
  out.push(`### ${title} (${waivers.length})`, '', '| Rule | Scope | Owner | Expires | Reason | Written in |', '| --- | --- | --- | --- | --- | --- |');
  for (const waiver of waivers) {
    out.push(
      `| ${waiver.rules.join(', ')} | ${cell(waiver.scope)} | ${cell(waiver.owner ?? '-')} | ${waiver.expires ?? '-'} | ${cell(waiver.reason)} | \`${code(`${waiver.location.file}:${waiver.location.line}`)}\` |`,
    );
  }
  out.push('');
}

/** A planned fix, named in the message cell. */
function fixNote(finding: Finding): string {
  if (!finding.fix) return '';
  return ` 🔧 fix: ${cell(finding.fix.description)}${finding.fix.unsafe ? ' (with --unsafe)' : ''}`;
}

function bySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity);
}

/** Table cells: no line breaks, pipes escaped, HTML not interpreted. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|');
}
