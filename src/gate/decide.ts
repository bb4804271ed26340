import { severityRank, type Finding, type Severity } from '../findings/finding.js';

/** The exit codes of every command (ARCHITECTURE.md). */
export const EXIT = { passed: 0, blocked: 1, error: 2 } as const;

export interface Decision {
  blocked: boolean;
  /** Inputs that could not be evaluated make the gate fail closed. */
  failedClosed: boolean;
  threshold: Severity;
  blocking: number;
  exitCode: number;
}

export function decide(findings: readonly Finding[], errors: number, threshold: Severity): Decision {
  const blocking = findings.filter((finding) => severityRank(finding.severity) >= severityRank(threshold)).length;
  const failedClosed = errors > 0;
  return {
    blocked: blocking > 0,
    failedClosed,
    threshold,
    blocking,
    exitCode: failedClosed ? EXIT.error : blocking > 0 ? EXIT.blocked : EXIT.passed,
  };
}
