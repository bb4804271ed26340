// What the machine-readable reports say about rules: the ones that ran, plus any rule a finding
// names that no catalog describes (a bundle without a catalog, the *-SUPPRESS-001 rule).
import type { Finding, RuleMeta, Severity } from '../findings/finding.js';

export function describedRules(rules: readonly RuleMeta[], findings: readonly Finding[]): RuleMeta[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue;
    byId.set(finding.ruleId, {
      id: finding.ruleId,
      title: finding.title,
      description: '',
      severity: finding.severity,
      kind: finding.kind,
      controls: finding.controls,
      remediation: finding.remediation,
      message: finding.title,
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** GitHub code scanning reads `security-severity` as a CVSS-like score: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
