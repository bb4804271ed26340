// CVSS v4.0 vectors: checked against the specification's metric table here (the calculator
// library accepts missing base metrics and repeated ones), scored by ae-cvss-calculator,
// which matched FIRST's reference calculator on every base vector (see FIELD-NOTES.md).
import cvss from 'ae-cvss-calculator';
import { CvssError } from './v3.js';

const BASE = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];

const ALLOWED: Record<string, readonly string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N'],
  E: ['X', 'A', 'P', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MAT: ['X', 'N', 'P'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', 'H', 'L', 'N'],
  MVI: ['X', 'H', 'L', 'N'],
  MVA: ['X', 'H', 'L', 'N'],
  MSC: ['X', 'H', 'L', 'N'],
  MSI: ['X', 'S', 'H', 'L', 'N'],
  MSA: ['X', 'S', 'H', 'L', 'N'],
  S: ['X', 'N', 'P'],
  AU: ['X', 'N', 'Y'],
  R: ['X', 'A', 'U', 'I'],
  V: ['X', 'D', 'C'],
  RE: ['X', 'L', 'M', 'H'],
  U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};

export interface Cvss4Scores {
  version: '4.0';
  /** CVSS-B, from the base metrics alone. */
  base: number;
  /** The score of every metric the vector gives (CVSS-BT, -BE or -BTE); equals `base` for a base vector. */
  overall: number;
}

export function scoreCvss4(vector: string): Cvss4Scores {
  const [prefix, ...parts] = vector.trim().split('/');
  if (prefix !== 'CVSS:4.0') throw new CvssError(`"${vector}" does not start with CVSS:4.0/`);
  const seen = new Set<string>();
  for (const part of parts) {
    const [name, value, extra] = part.split(':');
    if (name === undefined || value === undefined || extra !== undefined || !ALLOWED[name]) throw new CvssError(`"${vector}": "${part}" is not a CVSS v4.0 metric`);
    if (seen.has(name)) throw new CvssError(`"${vector}": ${name} is given twice`);
    if (!ALLOWED[name]!.includes(value)) throw new CvssError(`"${vector}": ${value} is not a value of ${name}`);
    seen.add(name);
  }
  const missing = BASE.filter((name) => !seen.has(name));
  if (missing.length) throw new CvssError(`"${vector}": base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`);
  const scores = new cvss.Cvss4P0(vector.trim()).calculateScores();
  return { version: '4.0', base: scores.baseMetricsOnly ?? scores.overall, overall: scores.overall };
}
