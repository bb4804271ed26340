// JUnit XML, the format every CI system renders as a test report: a suite per input file and a
// test case per rule and file. A rule with findings that count fails; one whose findings are all
// accepted is skipped (with the reason); one without findings passes. Unreadable inputs are errors.
import type { Finding, RuleMeta } from '../findings/finding.js';
import type { CheckedFile } from '../gate/evaluate.js';
import type { Report } from './model.js';
import { describedRules } from './rules.js';

interface Case {
  name: string;
  classname: string;
  file: string;
  body: string;
  outcome: 'passed' | 'failed' | 'skipped' | 'error';
}

export function renderJunit(report: Report, rules: readonly RuleMeta[], checked: readonly CheckedFile[]): string {
  const described = describedRules(rules, report.findings);
  const byFile = new Map<string, { kind?: string; findings: Finding[] }>();
  const entry = (file: string) => {
    let found = byFile.get(file);
    if (!found) byFile.set(file, (found = { findings: [] }));
    return found;
  };
  for (const file of checked) entry(file.file).kind = file.kind;
  for (const finding of report.findings) entry(finding.location.file).findings.push(finding);
  const errors = new Map<string, string[]>();
  for (const error of report.errors) errors.set(error.file, [...(errors.get(error.file) ?? []), `${error.line ? `line ${error.line}: ` : ''}${error.message}`]);

  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const file of [...new Set([...byFile.keys(), ...errors.keys()])].sort()) {
    const { kind, findings } = byFile.get(file) ?? { findings: [] };
    const fired = new Set(findings.map((finding) => finding.ruleId));
    const applicable = described.filter((rule) => fired.has(rule.id) || rule.kind === kind);
    const cases: Case[] = applicable.map((rule) => testCase(file, rule, findings.filter((finding) => finding.ruleId === rule.id)));
    const problems = errors.get(file);
    if (problems) cases.unshift({ name: 'evaluate the file', classname: file, file, outcome: 'error', body: `<error message="${attribute(problems[0]!)}" type="input">${text(problems.join('\n'))}</error>` });
    const count = (outcome: Case['outcome']) => cases.filter((item) => item.outcome === outcome).length;
    const stats = { tests: cases.length, failures: count('failed'), errors: count('error'), skipped: count('skipped') };
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += stats[key];
    suites.push(
      [
        `  <testsuite name="${attribute(file)}" tests="${stats.tests}" failures="${stats.failures}" errors="${stats.errors}" skipped="${stats.skipped}" file="${attribute(file)}">`,
        ...cases.map(
          (item) => `    <testcase name="${attribute(item.name)}" classname="${attribute(item.classname)}" file="${attribute(item.file)}"${item.body ? `>\n      ${item.body}\n    </testcase>` : ' />'}`,
        ),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const header = `<testsuites name="policygate" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${[header, ...suites, '</testsuites>'].join('\n')}\n`;
}

function testCase(file: string, rule: RuleMeta, findings: Finding[]): Case {
  const base = { name: `${rule.id} ${rule.title}`, classname: file, file };
  const counted = findings.filter((finding) => !finding.suppressed);
  if (counted.length) {
    const details = counted
      .map((finding) => `${file}:${finding.location.startLine}:${finding.location.startColumn} ${finding.severity} ${finding.resource}: ${finding.message}${finding.baselineState === 'new' ? ' (new)' : ''}`)
      .concat(rule.remediation ? [`Remediation: ${rule.remediation}`] : [])
      .join('\n');
    const message = `${counted.length} finding${counted.length === 1 ? '' : 's'} (${counted[0]!.severity}): ${counted[0]!.message}`;
    return { ...base, outcome: 'failed', body: `<failure message="${attribute(message)}" type="${attribute(rule.id)}">${text(details)}</failure>` };
  }
  if (findings.length) {
    const reasons = [...new Set(findings.map((finding) => `${finding.suppressed!.kind}: ${finding.suppressed!.reason}`))].join('; ');
    return { ...base, outcome: 'skipped', body: `<skipped message="${attribute(`suppressed (${reasons})`)}" />` };
  }
  return { ...base, outcome: 'passed', body: '' };
}

/** XML 1.0 cannot carry most control characters at all, even escaped. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
