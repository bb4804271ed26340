// One entry point for a vector of any supported version, and the qualitative rating scale
// (the same bands in v3.x and v4.0).
import { CvssError, scoreCvss3 } from './v3.js';
import { scoreCvss4 } from './v4.js';

export { CvssError, parseCvss3, scoreCvss3, type Cvss3Scores } from './v3.js';
export { scoreCvss4, type Cvss4Scores } from './v4.js';

export type CvssRating = 'none' | 'low' | 'medium' | 'high' | 'critical';

export interface CvssScore {
  version: '3.0' | '3.1' | '4.0';
  vector: string;
  base: number;
  /** The score of every metric group the vector sets (temporal/threat, environmental); else the base score. */
  score: number;
}

/** Scores a CVSS v3.0, v3.1 or v4.0 vector; throws CvssError on anything else. */
export function scoreVector(vector: string): CvssScore {
  const trimmed = vector.trim();
  if (trimmed.startsWith('CVSS:4.0/')) {
    const scores = scoreCvss4(trimmed);
    return { version: '4.0', vector: trimmed, base: scores.base, score: scores.overall };
  }
  if (trimmed.startsWith('CVSS:3.')) {
    const scores = scoreCvss3(trimmed);
    return { version: scores.version, vector: trimmed, base: scores.base, score: scores.environmental ?? scores.temporal ?? scores.base };
  }
  throw new CvssError(`"${vector}" is not a CVSS v3.0, v3.1 or v4.0 vector`);
}

export function cvssRating(score: number): CvssRating {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
