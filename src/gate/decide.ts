import { severityRank, type Finding, type Severity } from '../findings/finding.js';

/** The exit codes of every command (ARCHITECTURE.md). */
export const EXIT = { passed: 0, blocked: 1, error: 2 } as const;

export interface GateSettings {
  /** Block on a new, unsuppressed finding at or above this severity. */
  severity: Severity;
  /** Block when there are more new, unsuppressed findings than this, of any severity. */
  maxNewFindings?: number;
  /** Block when the change's risk score reaches this; applies once a risk score is computed. */
  risk?: number;
  /** Report the decision but exit 0 when blocked. */
  softFail: boolean;
  /** Do not fail closed on inputs that could not be evaluated. */
  allowErrors: boolean;
}

export interface Decision {
  blocked: boolean;
  /** Inputs that could not be evaluated make the gate fail closed (unless errors are allowed). */
  failedClosed: boolean;
  threshold: Severity;
  /** New, unsuppressed findings at or above the threshold. */
  blocking: number;
  /** New, unsuppressed findings of any severity. */
  newFindings: number;
  /** Why the gate blocked, one sentence each; empty when it passed. */
  reasons: string[];
  softFail: boolean;
  maxNewFindings?: number;
  risk?: { threshold: number; score?: number };
  exitCode: number;
}

/**
 * Suppressed findings never count; findings carried over from a baseline are suppressed by it, so
 * what remains is what the change introduced (everything, when there is no baseline).
 */
export function decide(findings: readonly Finding[], errors: number, settings: GateSettings, riskScore?: number): Decision {
  const counted = findings.filter((finding) => !finding.suppressed);
  const blocking = counted.filter((finding) => severityRank(finding.severity) >= severityRank(settings.severity)).length;
  const reasons: string[] = [];
  if (blocking) reasons.push(`${blocking} finding${blocking === 1 ? '' : 's'} at or above ${settings.severity}`);
  if (settings.maxNewFindings !== undefined && counted.length > settings.maxNewFindings) {
    reasons.push(`${counted.length} new findings, more than the ${settings.maxNewFindings} allowed`);
  }
  if (settings.risk !== undefined && riskScore !== undefined && riskScore >= settings.risk) {
    reasons.push(`risk ${riskScore} reaches the threshold ${settings.risk}`);
  }
  const blocked = reasons.length > 0;
  const failedClosed = errors > 0 && !settings.allowErrors;
  return {
    blocked,
    failedClosed,
    threshold: settings.severity,
    blocking,
    newFindings: counted.length,
    reasons,
    softFail: settings.softFail,
    ...(settings.maxNewFindings !== undefined ? { maxNewFindings: settings.maxNewFindings } : {}),
    ...(settings.risk !== undefined ? { risk: { threshold: settings.risk, ...(riskScore !== undefined ? { score: riskScore } : {}) } } : {}),
    exitCode: failedClosed ? EXIT.error : blocked && !settings.softFail ? EXIT.blocked : EXIT.passed,
  };
}
