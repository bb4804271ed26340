// The risk in words: one line for `policy check`, and the full explanation for `policy risk`
// (the score, the top contributors with every factor applied to each, the factors in
// summary, compound weaknesses with their parts, vulnerabilities, and the assessment's limits).
import type { RiskReport } from './change.js';
import type { RiskItem } from './index.js';
import type { Factor } from './score.js';

function effect(factor: Factor): string {
  return factor.multiply !== undefined ? `×${factor.multiply}` : `≥${factor.atLeast}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `risk 87/100 (high): top SSHD-COMPOUND-001 10, CVE-2021-23017 9 · factors: internet-exposure, production` */
export function riskLine(risk: RiskReport): string {
  const top = risk.contributors.slice(0, 3).map((item) => `${item.id} ${item.risk}`);
  const factors = risk.factors.map((factor) => factor.name);
  return `risk ${risk.score}/100 (${risk.rating})${top.length ? `: top ${top.join(', ')}` : ''}${factors.length ? ` · factors: ${factors.join(', ')}` : ''}`;
}

function itemLines(item: RiskItem): string[] {
  const share = item.contribution !== undefined ? ` (+${item.contribution} points)` : '';
  const head = `  ${item.risk.toFixed(1).padStart(4)}  ${item.id.padEnd(18)} ${item.kind.padEnd(13)} ${item.where}${share}`;
  const how = [`base ${item.base.score} (${item.base.from})`, ...item.factors.map((factor) => `${factor.name} ${effect(factor)} (${factor.reason})`)];
  return [head, `        ${item.title}`, ...(item.parts ?? []).map((part) => `        - ${part}`), `        ${how.join(' · ')}`];
}

export function renderRisk(risk: RiskReport): string {
  const counts = [count(risk.counts.findings, 'finding', 'findings'), count(risk.counts.vulnerabilities, 'vulnerability', 'vulnerabilities'), count(risk.counts.compounds, 'compound weakness', 'compound weaknesses')];
  const lines = [`Risk ${risk.score}/100 (${risk.rating}) from ${counts.join(', ')}`, ''];
  const top = risk.contributors.slice(0, 5);
  if (top.length) {
    lines.push('Top contributors:');
    for (const item of top) lines.push(...itemLines(item));
    lines.push('');
  }
  const compounds = risk.compounds.filter((item) => !top.includes(item));
  if (compounds.length) {
    lines.push('Other compound weaknesses:');
    for (const item of compounds) lines.push(...itemLines(item));
    lines.push('');
  }
  if (risk.factors.length) {
    lines.push('Factors applied:');
    for (const factor of risk.factors) {
      const reasons = factor.reasons.slice(0, 3).join('; ') + (factor.reasons.length > 3 ? `; and ${factor.reasons.length - 3} more` : '');
      lines.push(`  ${factor.name} ${factor.effect} on ${count(factor.items, 'item', 'items')}: ${reasons}`);
    }
    lines.push('');
  }
  const vulnerabilities = risk.vulnerabilities;
  if (vulnerabilities) {
    const { database } = vulnerabilities;
    lines.push(
      `Vulnerabilities: ${vulnerabilities.total} found in ${vulnerabilities.components.matchable} of ${vulnerabilities.components.total} components (${vulnerabilities.total - vulnerabilities.counted} not affected per VEX), ` +
        `${database.records} records in ${database.path} (${database.withdrawn} withdrawn), matched in ${vulnerabilities.milliseconds} ms`,
    );
    lines.push('');
  }
  for (const note of risk.notes) lines.push(`Note: ${note}`);
  lines.push('Model: docs/risk.md (each item: base × factors, at most 10; the change: its items combined as chances, 0 to 100).');
  return `${lines.join('\n')}\n`;
}
