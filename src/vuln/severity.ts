// The severity of a matched vulnerability: its CVSS vector when it has one (v4.0 before v3.x,
// the package's own before the record's), else the severity word the database gives.
import { cvssRating, CvssError, scoreVector, type CvssRating, type CvssScore } from './cvss/index.js';
import type { OsvAffected, OsvRecord, OsvSeverity } from './osv.js';

export interface VulnSeverity {
  rating: CvssRating | 'unknown';
  /** Set when a vector was scored. */
  cvss?: CvssScore;
  /** The database's word, when the rating comes from it (GitHub's MODERATE, Ubuntu's medium...). */
  label?: string;
}

const LABELS: Record<string, CvssRating> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
  unimportant: 'low',
  none: 'none',
};

const PREFERENCE = ['CVSS_V4', 'CVSS_V3'];

function bestVector(severities: readonly OsvSeverity[], problems: string[]): CvssScore | undefined {
  for (const type of PREFERENCE) {
    for (const severity of severities.filter((entry) => entry.type === type)) {
      try {
        return scoreVector(severity.score);
      } catch (error) {
        if (!(error instanceof CvssError)) throw error;
        problems.push(error.message);
      }
    }
  }
  return undefined;
}

/** `problems` collects vectors that could not be scored (the next source is used instead). */
export function recordSeverity(record: OsvRecord, affected: OsvAffected, problems: string[]): VulnSeverity {
  const cvss = bestVector(affected.severity, problems) ?? bestVector(record.severity, problems);
  if (cvss) return { rating: cvssRating(cvss.score), cvss };
  const label = affected.label ?? record.label;
  const rating = label ? LABELS[label.toLowerCase()] : undefined;
  return rating ? { rating, label } : { rating: 'unknown', ...(label ? { label } : {}) };
}

const RANK: Record<VulnSeverity['rating'], number> = { unknown: -1, none: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The more severe of two: by CVSS score when both have one, else by rating. */
export function moreSevere(a: VulnSeverity, b: VulnSeverity): VulnSeverity {
  if (a.cvss && b.cvss) return b.cvss.score > a.cvss.score ? b : a;
  const order = RANK[b.rating] - RANK[a.rating];
  return order > 0 || (order === 0 && b.cvss && !a.cvss) ? b : a;
}
