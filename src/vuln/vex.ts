// CycloneDX VEX (cyclonedx.org/capabilities/vex): the user's analysis of vulnerabilities in
// their components. `not_affected` and `false_positive` take a vulnerability out of the risk for
// the components the statement names (every component when it names none); other states are
// reported as given.
import { readFileSync } from 'node:fs';
import { FeedError } from './feeds.js';
import { parsePurl, type Purl } from './packages.js';

export const VEX_STATES = ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected'] as const;
export type VexState = (typeof VEX_STATES)[number];

/** States that mean the component is not exposed to the vulnerability. */
export const NOT_AFFECTED: ReadonlySet<VexState> = new Set(['not_affected', 'false_positive']);

export interface VexAnalysis {
  state: VexState;
  justification?: string;
  detail?: string;
}

export interface VexStatement extends VexAnalysis {
  /** The vulnerability's id and the ids of its references (aliases). */
  ids: string[];
  /** bom-refs or purls the statement is about; empty for every component. */
  affects: string[];
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

export function readVex(file: string, display: string): VexStatement[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FeedError(`${display}: ${(error as NodeJS.ErrnoException).code ? `cannot read (${(error as NodeJS.ErrnoException).code})` : `not JSON (${(error as Error).message})`}`);
  }
  const bom = object(json);
  if (bom?.['bomFormat'] !== 'CycloneDX' || !Array.isArray(bom['vulnerabilities'])) throw new FeedError(`${display}: not a CycloneDX VEX document (needs bomFormat CycloneDX and a vulnerabilities array)`);
  return (bom['vulnerabilities'] as unknown[]).flatMap((item, i): VexStatement[] => {
    const entry = object(item);
    const id = text(entry?.['id']);
    if (!entry || !id) throw new FeedError(`${display}: vulnerabilities[${i}] has no id`);
    const analysis = object(entry['analysis']);
    if (!analysis) return []; // a vulnerability listed without an analysis says nothing about it
    const state = analysis['state'];
    if (!VEX_STATES.includes(state as VexState)) throw new FeedError(`${display}: vulnerabilities[${i}] (${id}): analysis.state ${JSON.stringify(state)} is not one of ${VEX_STATES.join(', ')}`);
    const references = Array.isArray(entry['references']) ? entry['references'].map((reference) => text(object(reference)?.['id'])).filter((ref): ref is string => Boolean(ref)) : [];
    const affects = Array.isArray(entry['affects']) ? entry['affects'].map((affect) => text(object(affect)?.['ref'])).filter((ref): ref is string => Boolean(ref)) : [];
    const justification = text(analysis['justification']);
    const detail = text(analysis['detail']);
    return [{ ids: [id, ...references], state: state as VexState, ...(justification ? { justification } : {}), ...(detail ? { detail } : {}), affects }];
  });
}

/** A BOM-Link (urn:cdx:serial/version#bom-ref) refers to the bom-ref after its #. */
function bomRef(ref: string): string {
  return ref.startsWith('urn:cdx:') && ref.includes('#') ? decodeURIComponent(ref.slice(ref.indexOf('#') + 1)) : ref;
}

function samePackage(a: Purl, b: Purl): boolean {
  return a.type === b.type && (a.namespace ?? '') === (b.namespace ?? '') && a.name === b.name;
}

/** Whether a statement's `affects` entry names this component: its bom-ref, its purl, or its package (a purl without version). */
function names(ref: string, component: { ref: string; purl: string }): boolean {
  const target = bomRef(ref);
  if (target === component.ref || target === component.purl) return true;
  const wanted = parsePurl(target);
  const actual = parsePurl(component.purl);
  if (!wanted || !actual || !samePackage(wanted, actual)) return false;
  return wanted.version === undefined || wanted.version === actual.version;
}

/** The analysis that applies to this vulnerability (any of its ids) in this component, if any. */
export function vexFor(statements: readonly VexStatement[], ids: readonly string[], component: { ref: string; purl: string }): VexAnalysis | undefined {
  const statement = statements.find((s) => s.ids.some((id) => ids.includes(id)) && (!s.affects.length || s.affects.some((ref) => names(ref, component))));
  if (!statement) return undefined;
  const { state, justification, detail } = statement;
  return { state, ...(justification ? { justification } : {}), ...(detail ? { detail } : {}) };
}
