// One self-contained HTML page: the decision and risk first, then the findings by file and
// severity with the source around each, filters, waivers and the SBOM. Styles and the filter script
// are inline and a Content-Security-Policy forbids every fetch, so the file works offline and
// from an artifact store. Everything that comes from inputs is escaped.
import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import type { WaiverEntry } from '../findings/waivers.js';
import type { Report } from './model.js';

export interface HtmlOptions {
  /** The text of a reported file (paths as in findings); without it, no snippets. */
  readSource?: (file: string) => string | undefined;
  /** A CycloneDX JSON SBOM (parsed), whose components and vulnerabilities are listed. */
  sbom?: unknown;
}

/** Lines shown around a finding's range, and at most this many lines of the range itself. */
const CONTEXT_LINES = 2;
const MAX_RANGE_LINES = 8;

export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const sources = sourceReader(options.readSource);
  const title = `policygate: ${verdict(report).label}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${header(report)}
<main>
${riskSection(report)}
${findingsSection(report, sources)}
${fixedSection(report)}
${errorsSection(report)}
${waiversSection(report.waivers)}
${sbomSection(options.sbom)}
</main>
<footer>${escape(`${report.tool.name} ${report.tool.version} · report schema ${report.schemaVersion}`)}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function verdict(report: Report): { label: string; state: 'passed' | 'blocked' | 'soft' | 'failed' } {
  const { decision } = report;
  if (decision.failedClosed) return { label: 'Failed (inputs could not be evaluated)', state: 'failed' };
  if (decision.blocked) return decision.softFail ? { label: 'Blocked (soft fail: not enforced)', state: 'soft' } : { label: 'Blocked', state: 'blocked' };
  return { label: 'Passed', state: 'passed' };
}

function header(report: Report): string {
  const { decision, summary, comparison } = report;
  const { label, state } = verdict(report);
  const reasons = [...decision.reasons, ...(decision.failedClosed ? [`${plural(summary.errors, 'input')} could not be evaluated (the gate fails closed)`] : [])];
  const compared = comparison
    ? `<p>Compared with ${comparison.kind === 'git' ? `<code>${escape(comparison.source)}</code>${comparison.commit ? ` (${escape(comparison.commit.slice(0, 12))})` : ''}` : `baseline <code>${escape(comparison.source)}</code>`}: <strong>${summary.comparison!.new} new</strong>, ${summary.comparison!.unchanged} unchanged, ${summary.comparison!.fixed} fixed.</p>`
    : '';
  const counts = SEVERITIES.map((severity) => `<li class="sev-${severity}"><span class="count">${summary.bySeverity[severity]}</span> ${severity}</li>`).join('');
  return `<header class="decision ${state}" id="decision" data-state="${state}">
<h1>policygate <span class="verdict">${escape(label)}</span></h1>
${reasons.length ? `<ul class="reasons">${reasons.map((reason) => `<li>${escape(reason)}</li>`).join('')}</ul>` : ''}
<p>${plural(summary.findings, 'finding')} that count, ${summary.suppressed.total} accepted, ${plural(summary.errors, 'error')}; ${plural(summary.files.checked, 'file')} checked (${plural(summary.documents, 'document')}); blocking at <strong>${decision.threshold}</strong> and above.</p>
${compared}
<ul class="counts" aria-label="Findings that count, by severity">${counts}</ul>
</header>`;
}

// --- Risk ------------------------------------------------------------------------------------

export interface RiskView {
  score: number;
  rating?: string;
  contributors: { label: string; value: number }[];
}

/**
 * The change risk, read from the report's `risk` object when the run scored one (else the score the
 * decision used, if any). Its shape is not part of schema 1 yet, so it is read defensively: a score,
 * a rating, and contributors with a name and a number. (The action's outputs read it here too.)
 */
export function riskOf(report: Report): RiskView | undefined {
  const risk = (report as unknown as Record<string, unknown>)['risk'];
  if (!isRecord(risk) || typeof risk['score'] !== 'number') {
    const score = report.decision.risk?.score;
    return score === undefined ? undefined : { score, contributors: [] };
  }
  const listed = risk['contributors'] ?? risk['topContributors'];
  const contributors = (Array.isArray(listed) ? listed : []).flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const label = firstOf(entry, ['label', 'title', 'id', 'ruleId'], (value) => typeof value === 'string');
    const value = firstOf(entry, ['contribution', 'points', 'score', 'risk'], (value) => typeof value === 'number' && Number.isFinite(value));
    return typeof label === 'string' && typeof value === 'number' ? [{ label, value }] : [];
  });
  return { score: risk['score'], ...(typeof risk['rating'] === 'string' ? { rating: risk['rating'] } : {}), contributors };
}

function riskSection(report: Report): string {
  const risk = riskOf(report);
  const threshold = report.decision.risk?.threshold;
  const gate = threshold !== undefined ? `<p>The gate blocks at a risk of ${threshold}.</p>` : '';
  if (!risk) {
    return `<section id="risk" class="panel"><h2>Risk</h2><p class="placeholder" id="risk-placeholder">Not scored in this run: this report has no risk score, so there is nothing to chart. The decision above rests on the findings alone.</p>${gate}</section>`;
  }
  return `<section id="risk" class="panel"><h2>Risk</h2>
<p class="risk-score"><span class="score" id="risk-score">${escape(String(risk.score))}</span>${risk.rating ? ` <span class="rating rating-${escape(risk.rating)}" id="risk-rating">${escape(risk.rating)}</span>` : ''}</p>
${gate}
${risk.contributors.length ? `<h3>What contributes</h3>${contributorChart(risk.contributors)}` : '<p class="placeholder">The risk score lists no contributors.</p>'}
</section>`;
}

/** A horizontal bar chart in inline SVG, largest contributor first. */
function contributorChart(contributors: RiskView['contributors']): string {
  const rows = [...contributors].sort((a, b) => b.value - a.value).slice(0, 10);
  const max = Math.max(...rows.map((row) => row.value), 1e-9);
  const rowHeight = 26;
  const labelWidth = 320;
  const barWidth = 360;
  const bars = rows
    .map((row, i) => {
      const y = i * rowHeight;
      const width = Math.max(1, Math.round((Math.max(row.value, 0) / max) * barWidth));
      return `<g class="bar" transform="translate(0,${y})"><title>${escape(`${row.label}: ${row.value}`)}</title><text x="${labelWidth - 8}" y="17" text-anchor="end">${escape(truncate(row.label, 44))}</text><rect x="${labelWidth}" y="4" width="${width}" height="18" rx="3"></rect><text x="${labelWidth + width + 6}" y="17">${escape(String(row.value))}</text></g>`;
    })
    .join('');
  return `<svg id="risk-chart" role="img" aria-label="Risk contributors" viewBox="0 0 ${labelWidth + barWidth + 60} ${rows.length * rowHeight}" width="100%">${bars}</svg>`;
}

// --- Findings --------------------------------------------------------------------------------

function findingsSection(report: Report, sources: SourceReader): string {
  const kinds = [...new Set(report.findings.map((finding) => finding.kind))].sort();
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.location.file) ?? [];
    list.push(finding);
    byFile.set(finding.location.file, list);
  }
  const files = [...byFile.keys()].sort();
  const checkbox = (name: string, value: string, count: number, checked: boolean) =>
    `<label><input type="checkbox" name="${name}" value="${escape(value)}"${checked ? ' checked' : ''}> ${escape(value)} <span class="muted">(${count})</span></label>`;
  const accepted = report.findings.filter((finding) => finding.suppressed).length;
  const filters = `<form id="filters" class="filters">
<fieldset><legend>Severity</legend>${SEVERITIES.map((severity) => checkbox('severity', severity, report.findings.filter((finding) => finding.severity === severity).length, true)).join('')}</fieldset>
<fieldset><legend>Kind</legend>${kinds.map((kind) => checkbox('kind', kind, report.findings.filter((finding) => finding.kind === kind).length, true)).join('')}</fieldset>
<fieldset><legend>Accepted</legend><label><input type="checkbox" name="accepted" value="show"> show accepted findings <span class="muted">(${accepted})</span></label></fieldset>
</form>`;
  const groups = files
    .map((file) => {
      const findings = byFile.get(file)!;
      const lines = sources(file);
      const severityGroups = SEVERITIES.filter((severity) => findings.some((finding) => finding.severity === severity))
        .map((severity) => {
          const items = findings.filter((finding) => finding.severity === severity);
          return `<section class="severity-group" data-severity="${severity}"><h4><span class="badge sev-${severity}">${severity}</span> <span class="group-count">${items.length}</span></h4>${items.map((finding) => findingCard(finding, lines)).join('\n')}</section>`;
        })
        .join('\n');
      return `<details class="file" open data-file="${escape(file)}"><summary><code>${escape(file)}</code> <span class="muted file-count">${plural(findings.length, 'finding')}</span></summary>\n${severityGroups}\n</details>`;
    })
    .join('\n');
  const title = report.comparison ? 'Findings (new and carried over)' : 'Findings';
  return `<section id="findings" class="panel"><h2>${title}</h2>
${report.findings.length ? `${filters}\n<p id="shown" class="muted" aria-live="polite">${plural(report.findings.length - accepted, 'finding')} that count${accepted ? `, ${accepted} accepted` : ''}.</p>\n${groups}` : '<p class="placeholder">No findings.</p>'}
</section>`;
}

function findingCard(finding: Finding, lines: string[] | undefined): string {
  const { location } = finding;
  const states = [
    finding.baselineState === 'new' ? '<span class="badge state-new">new</span>' : '',
    finding.baselineState === 'unchanged' ? '<span class="badge state-unchanged">unchanged</span>' : '',
    finding.suppressed ? `<span class="badge state-accepted">accepted: ${escape(finding.suppressed.kind)}</span>` : '',
  ].join('');
  const accepted = finding.suppressed
    ? `<p class="acceptance">Accepted (${escape(finding.suppressed.kind)}): ${escape(finding.suppressed.reason)}${finding.suppressed.owner ? `, owner ${escape(finding.suppressed.owner)}` : ''}${finding.suppressed.expires ? `, expires ${escape(finding.suppressed.expires)}` : ''}</p>`
    : '';
  const related = (finding.related ?? []).map((item) => `<li>${escape(item.message)} <code>${escape(`${item.file}:${item.startLine}`)}</code></li>`).join('');
  return `<article class="finding" data-severity="${finding.severity}" data-kind="${escape(finding.kind)}" data-accepted="${finding.suppressed ? 'true' : 'false'}" data-rule="${escape(finding.ruleId)}">
<h5><span class="rule">${escape(finding.ruleId)}</span> ${escape(finding.title)} ${states}</h5>
<p class="message">${escape(finding.message)}</p>
<p class="where muted">${escape(finding.resource)} · <code>${escape(`${location.file}:${location.startLine}:${location.startColumn}`)}</code> · ${escape(finding.kind)}</p>
${snippet(lines, location.startLine, location.endLine)}
${related ? `<ul class="related">${related}</ul>` : ''}
${finding.remediation ? `<p class="remediation"><strong>Fix:</strong> ${escape(finding.remediation)}</p>` : ''}
${finding.controls.length ? `<p class="controls muted">${finding.controls.map((control) => `<code>${escape(control)}</code>`).join(' ')}</p>` : ''}
${accepted}
</article>`;
}

function snippet(lines: string[] | undefined, startLine: number, endLine: number): string {
  if (!lines || startLine > lines.length) return '';
  const last = Math.min(endLine, startLine + MAX_RANGE_LINES - 1);
  const from = Math.max(1, startLine - CONTEXT_LINES);
  const to = Math.min(lines.length, last + CONTEXT_LINES);
  const rows: string[] = [];
  for (let line = from; line <= to; line++) {
    const hit = line >= startLine && line <= endLine;
    rows.push(`<span class="line${hit ? ' hit' : ''}"><span class="ln">${line}</span>${escape(lines[line - 1]!) || ' '}</span>`);
  }
  // Each line is a block of its own: no newlines between them, or the <pre> would double-space.
  return `<pre class="snippet">${rows.join('')}</pre>`;
}

type SourceReader = (file: string) => string[] | undefined;

/** Reads each file once and splits it into lines (CRLF or LF; a final newline ends the last line). */
function sourceReader(read: HtmlOptions['readSource']): SourceReader {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!read) return undefined;
    if (!cache.has(file)) cache.set(file, read(file)?.replace(/\r?\n$/, '').split(/\r?\n/));
    return cache.get(file);
  };
}

// --- Fixed, errors, waivers -------------------------------------------------------------------

function fixedSection(report: Report): string {
  const fixed = report.comparison?.fixed ?? [];
  if (!fixed.length) return '';
  const rows = fixed.map((entry) => `<tr><td><span class="badge sev-${entry.severity}">${entry.severity}</span></td><td>${escape(entry.ruleId)}</td><td><code>${escape(entry.file)}</code></td><td>${escape(entry.resource)}</td></tr>`).join('');
  return `<section id="fixed" class="panel"><h2>Fixed (${fixed.length})</h2><table><thead><tr><th>Severity</th><th>Rule</th><th>File</th><th>Resource</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function errorsSection(report: Report): string {
  if (!report.errors.length) return '';
  const items = report.errors.map((error) => `<li><code>${escape(`${error.file}${error.line ? `:${error.line}` : ''}`)}</code> ${escape(error.message)}</li>`).join('');
  return `<section id="errors" class="panel"><h2>Inputs that could not be evaluated (${report.errors.length})</h2><ul>${items}</ul></section>`;
}

function waiversSection(waivers: readonly WaiverEntry[]): string {
  if (!waivers.length) return `<section id="waivers" class="panel"><h2>Waivers</h2><p class="placeholder">No waivers, inline suppressions or annotations.</p></section>`;
  const expiry = (waiver: WaiverEntry) =>
    waiver.expires ? `${escape(waiver.expires)}${waiver.daysLeft !== undefined ? ` <span class="muted">(${waiver.daysLeft < 0 ? `${-waiver.daysLeft} days ago` : `in ${plural(waiver.daysLeft, 'day')}`})</span>` : ''}` : '<span class="muted">never</span>';
  const rows = waivers
    .map(
      (waiver) =>
        `<tr class="waiver status-${waiver.status}" data-status="${waiver.status}"><td><span class="badge waiver-${waiver.status}">${waiver.status}</span></td><td>${escape(waiver.rules.join(', '))}</td><td>${escape(waiver.scope)}</td><td>${escape(waiver.owner ?? '-')}</td><td>${expiry(waiver)}</td><td>${waiver.matched}</td><td>${escape(waiver.reason)}</td><td><code>${escape(`${waiver.location.file}:${waiver.location.line}`)}</code> <span class="muted">${waiver.source}</span></td></tr>`,
    )
    .join('');
  return `<section id="waivers" class="panel"><h2>Waivers (${waivers.length})</h2><table><thead><tr><th>Status</th><th>Rules</th><th>Scope</th><th>Owner</th><th>Expires</th><th>Matched</th><th>Reason</th><th>Written in</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

// --- SBOM ------------------------------------------------------------------------------------

interface ComponentView {
  ref?: string;
  name: string;
  version?: string;
  type?: string;
  purl?: string;
  vulnerabilities: { id: string; severity?: string; score?: number; state?: string }[];
}

/** Components and the vulnerabilities that affect them, from CycloneDX JSON; undefined when it is not one. */
function sbomComponents(sbom: unknown): ComponentView[] | undefined {
  if (!isRecord(sbom) || sbom['bomFormat'] !== 'CycloneDX') return undefined;
  const components: ComponentView[] = [];
  const byRef = new Map<string, ComponentView>();
  const collect = (list: unknown) => {
    for (const item of Array.isArray(list) ? list : []) {
      if (!isRecord(item) || typeof item['name'] !== 'string') continue;
      const view: ComponentView = { name: item['name'], vulnerabilities: [], ...optionalStrings(item, { ref: 'bom-ref', version: 'version', type: 'type', purl: 'purl' }) };
      components.push(view);
      if (view.ref) byRef.set(view.ref, view);
      collect(item['components']);
    }
  };
  collect(sbom['components']);
  for (const vulnerability of Array.isArray(sbom['vulnerabilities']) ? sbom['vulnerabilities'] : []) {
    if (!isRecord(vulnerability) || typeof vulnerability['id'] !== 'string') continue;
    const ratings = (Array.isArray(vulnerability['ratings']) ? vulnerability['ratings'] : []).filter(isRecord);
    const worst = ratings.sort((a, b) => (typeof b['score'] === 'number' ? b['score'] : -1) - (typeof a['score'] === 'number' ? a['score'] : -1))[0];
    const analysis = vulnerability['analysis'];
    const entry = {
      id: vulnerability['id'],
      ...(typeof worst?.['severity'] === 'string' ? { severity: worst['severity'] } : {}),
      ...(typeof worst?.['score'] === 'number' ? { score: worst['score'] } : {}),
      ...(isRecord(analysis) && typeof analysis['state'] === 'string' ? { state: analysis['state'] } : {}),
    };
    for (const affect of Array.isArray(vulnerability['affects']) ? vulnerability['affects'] : []) {
      const ref = isRecord(affect) ? affect['ref'] : undefined;
      if (typeof ref === 'string') byRef.get(ref)?.vulnerabilities.push(entry);
    }
  }
  // Vulnerable components first, then by name: what needs attention is at the top.
  return components.sort((a, b) => Number(b.vulnerabilities.length > 0) - Number(a.vulnerabilities.length > 0) || compareText(a.name, b.name) || compareText(a.version ?? '', b.version ?? ''));
}

function sbomSection(sbom: unknown): string {
  if (sbom === undefined) return `<section id="sbom" class="panel"><h2>Components</h2><p class="placeholder">No SBOM was given for this report.</p></section>`;
  const components = sbomComponents(sbom);
  if (!components) return `<section id="sbom" class="panel"><h2>Components</h2><p class="placeholder">The SBOM given is not CycloneDX JSON, so its components are not listed.</p></section>`;
  if (!components.length) return `<section id="sbom" class="panel"><h2>Components</h2><p class="placeholder">The SBOM given lists no components.</p></section>`;
  const vulnerable = components.filter((component) => component.vulnerabilities.length).length;
  const rows = components
    .map((component) => {
      const vulnerabilities = component.vulnerabilities
        .map((vulnerability) => `<span class="vuln${vulnerability.severity ? ` sev-${escape(vulnerability.severity)}` : ''}">${escape(vulnerability.id)}${vulnerability.severity ? ` ${escape(vulnerability.severity)}` : ''}${vulnerability.score !== undefined ? ` ${vulnerability.score}` : ''}${vulnerability.state ? ` (${escape(vulnerability.state)})` : ''}</span>`)
        .join(' ');
      return `<tr class="component" data-vulnerable="${component.vulnerabilities.length ? 'true' : 'false'}"><td>${escape(component.name)}</td><td>${escape(component.version ?? '')}</td><td>${escape(component.type ?? '')}</td><td><code>${escape(component.purl ?? '')}</code></td><td>${vulnerabilities || '<span class="muted">none known</span>'}</td></tr>`;
    })
    .join('');
  return `<section id="sbom" class="panel"><h2>Components (${components.length}, ${vulnerable} with known vulnerabilities)</h2><table><thead><tr><th>Component</th><th>Version</th><th>Type</th><th>Package URL</th><th>Vulnerabilities</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

// --- Helpers ---------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstOf(record: Record<string, unknown>, keys: string[], accept: (value: unknown) => boolean): unknown {
  return keys.map((key) => record[key]).find(accept);
}

function optionalStrings<K extends string>(record: Record<string, unknown>, fields: Record<K, string>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [name, key] of Object.entries(fields) as [K, string][]) {
    const value = record[key];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const severityColors: Record<Severity, string> = { critical: '#7b1fa2', high: '#c62828', medium: '#e65100', low: '#1565c0', info: '#546e7a' };

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #ffffff; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 0 16px 32px; }
header.decision { padding: 20px max(16px, calc((100% - 1068px) / 2)); color: #fff; }
header.decision.passed { background: #1a7f37; }
header.decision.blocked, header.decision.failed { background: #b42318; }
header.decision.soft { background: #9a6700; }
header h1 { margin: 0 0 6px; font-size: 24px; }
header .reasons { margin: 4px 0; }
header code { background: rgba(255,255,255,.18); padding: 0 4px; border-radius: 4px; }
.counts { display: flex; gap: 8px; list-style: none; padding: 0; margin: 8px 0 0; flex-wrap: wrap; }
.counts li { background: rgba(255,255,255,.16); border-radius: 6px; padding: 2px 10px; }
.counts .count { font-weight: 700; }
.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 12px 16px; margin: 16px 0; }
h2 { font-size: 18px; margin: 4px 0 10px; }
h3 { font-size: 15px; }
.placeholder { color: var(--muted); font-style: italic; }
.muted { color: var(--muted); }
.risk-score .score { font-size: 32px; font-weight: 700; }
.rating { display: inline-block; padding: 2px 10px; border-radius: 10px; background: #eaeef2; font-weight: 600; text-transform: uppercase; font-size: 12px; vertical-align: middle; }
.rating-critical { background: ${severityColors.critical}; color: #fff; } .rating-high { background: ${severityColors.high}; color: #fff; }
.rating-medium { background: ${severityColors.medium}; color: #fff; } .rating-low { background: ${severityColors.low}; color: #fff; }
#risk-chart text { font-size: 12px; fill: var(--fg); } #risk-chart rect { fill: #cf222e; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
.filters fieldset { border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; margin: 0; }
.filters label { margin-right: 10px; white-space: nowrap; }
details.file { border-top: 1px solid var(--border); padding: 6px 0; }
details.file > summary { cursor: pointer; font-weight: 600; }
.severity-group h4 { margin: 10px 0 4px; font-size: 13px; }
.finding { border-left: 4px solid var(--border); padding: 4px 12px; margin: 8px 0; background: #fbfcfd; }
${SEVERITIES.map((severity) => `.finding[data-severity="${severity}"] { border-left-color: ${severityColors[severity]}; }`).join('\n')}
.finding[data-accepted="true"] { opacity: .75; }
.finding h5 { margin: 4px 0; font-size: 14px; }
.finding .rule { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.finding p { margin: 4px 0; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 11px; font-weight: 600; color: #fff; background: #6e7781; vertical-align: middle; }
${SEVERITIES.map((severity) => `.badge.sev-${severity}, .vuln.sev-${severity} { background: ${severityColors[severity]}; color: #fff; }`).join('\n')}
.state-new { background: #bf3989; } .state-unchanged { background: #6e7781; } .state-accepted { background: #8c959f; }
.waiver-expired { background: #b42318; } .waiver-expiring { background: #9a6700; } .waiver-active { background: #1a7f37; } .waiver-unused { background: #6e7781; }
.vuln { display: inline-block; border-radius: 4px; padding: 0 6px; margin: 1px; font-size: 12px; background: #eaeef2; }
pre.snippet { background: #0d1117; color: #e6edf3; border-radius: 6px; padding: 8px 0; overflow-x: auto; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre.snippet .line { display: block; padding: 0 12px 0 0; }
pre.snippet .line.hit { background: rgba(248, 81, 73, .28); }
pre.snippet .ln { display: inline-block; width: 4.5em; padding-right: 12px; text-align: right; color: #8b949e; user-select: none; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid var(--border); padding: 4px 8px; vertical-align: top; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
footer { text-align: center; color: var(--muted); padding: 16px; font-size: 12px; }
[hidden] { display: none !important; }
`;

/** Filters: a finding shows when its severity and kind are ticked, and accepted ones only on request. */
const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var shown = document.getElementById('shown');
  function ticked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (input) { return input.value; });
  }
  function apply() {
    var severities = ticked('severity'), kinds = ticked('kind'), accepted = ticked('accepted').length > 0;
    var findings = document.querySelectorAll('.finding'), visible = 0;
    Array.prototype.forEach.call(findings, function (el) {
      var show = severities.indexOf(el.dataset.severity) >= 0 && kinds.indexOf(el.dataset.kind) >= 0 && (accepted || el.dataset.accepted !== 'true');
      el.hidden = !show;
      if (show) visible++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('.severity-group, details.file'), function (group) {
      group.hidden = !group.querySelector('.finding:not([hidden])');
    });
    shown.textContent = 'Showing ' + visible + ' of ' + findings.length + ' findings.';
  }
  form.addEventListener('change', apply);
  apply();
})();
`;
