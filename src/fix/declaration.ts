// Fix declarations: what a rule's METADATA says about fixing its findings, as data.
//
//   custom:
//     fix:
//       - set: [securityContext, allowPrivilegeEscalation]   # a path relative to the finding's
//         value: false                                       # path (see below), or to the document
//       - add: [securityContext, capabilities, drop]          # add an entry to a list (made when missing)
//         value: ALL
//       - remove: [securityContext, capabilities, add, "*"]  # remove an entry of a list or a map
//         unsafe: Removing a capability the container asked for can stop it from working.
//
// A finding's path ends in the part of the target that exists plus the first part that is missing
// (lib.k8s field_path, lib.arm field_path), so a relative path is anchored by overlap: the finding's
// path ends with a leading part of the declared path, and the target is the finding's path with that
// part replaced by the whole declared path. `"*"` matches any one segment. The first declaration
// whose path fits the finding (and whose `when` admits the current value) is the fix. `anchor:
// document` makes the path absolute. A fix that can change behaviour beyond security carries
// `unsafe: <why>` and is applied only with --unsafe.
import type { DocPath, PathSegment } from '../formats/types.js';

export const FIX_OPERATIONS = ['set', 'add', 'remove'] as const;
export type FixOperation = (typeof FIX_OPERATIONS)[number];
export const WILDCARD = '*';

export interface FixDeclaration {
  op: FixOperation;
  path: PathSegment[];
  /** The value to set, or the entry to add; absent for remove. */
  value?: string | number | boolean | null | unknown[] | Record<string, unknown>;
  /** Applies only when the current value is one of these (strings compare case-insensitively). */
  when?: unknown[];
  anchor?: 'finding' | 'document';
  /** Why the fix can change behaviour beyond security; such fixes need --unsafe. */
  unsafe?: string;
  /** What the fix does, when the path alone does not say it well ("set the default inbound policy to drop"). */
  description?: string;
}

/** One declaration chosen for one finding: the operation on a path of the finding's document. */
export interface ResolvedFix {
  declaration: FixDeclaration;
  op: FixOperation;
  target: DocPath;
  value?: FixDeclaration['value'];
}

const KEYS = new Set([...FIX_OPERATIONS, 'value', 'when', 'anchor', 'unsafe', 'description']);

/** Reads `custom.fix` from a rule's METADATA; throws a message naming what is wrong. */
export function parseFixDeclarations(raw: unknown): FixDeclaration[] {
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((entry, i) => {
    const where = list.length > 1 ? `fix[${i}]` : 'fix';
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`${where} must be an object like {set: [path...], value: ...}`);
    const record = entry as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
    if (unknown.length) throw new Error(`${where} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected one of set, add, remove, with value, when, anchor, unsafe, description)`);
    const ops = FIX_OPERATIONS.filter((op) => op in record);
    if (ops.length !== 1) throw new Error(`${where} needs exactly one of set, add, remove (got ${ops.length ? ops.join(', ') : 'none'})`);
    const op = ops[0]!;
    const path = record[op];
    if (!Array.isArray(path) || !path.every((segment) => typeof segment === 'string' || (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0))) {
      throw new Error(`${where}.${op} must be a path: a list of keys and indexes`);
    }
    if (op !== 'remove' && !('value' in record)) throw new Error(`${where} (${op}) needs a value`);
    if (op === 'remove' && 'value' in record) throw new Error(`${where} (remove) takes no value`);
    const anchor = record['anchor'];
    if (anchor !== undefined && anchor !== 'finding' && anchor !== 'document') throw new Error(`${where}.anchor must be finding or document`);
    if (anchor === 'document' && path.includes(WILDCARD)) throw new Error(`${where}: a path anchored at the document cannot hold "*"`);
    if (anchor === 'document' && !path.length) throw new Error(`${where}: a path anchored at the document cannot be empty`);
    const when = record['when'];
    if (when !== undefined && !Array.isArray(when)) throw new Error(`${where}.when must be a list of values`);
    const description = record['description'];
    if (description !== undefined && (typeof description !== 'string' || !description.trim())) throw new Error(`${where}.description must be a sentence`);
    const unsafe = record['unsafe'];
    if (unsafe !== undefined && (typeof unsafe !== 'string' || !unsafe.trim())) throw new Error(`${where}.unsafe must say why the fix can change behaviour`);
    return {
      op,
      path: path as PathSegment[],
      ...('value' in record ? { value: record['value'] as FixDeclaration['value'] } : {}),
      ...(when ? { when } : {}),
      ...(anchor ? { anchor } : {}),
      ...(unsafe ? { unsafe: (unsafe as string).trim() } : {}),
      ...(description ? { description: (description as string).trim() } : {}),
    };
  });
}

/** The target of a declaration for a finding at `path`, or undefined when it does not fit. */
export function anchorPath(path: DocPath, declaration: FixDeclaration): DocPath | undefined {
  const declared = declaration.path;
  if (declaration.anchor === 'document') return declared;
  for (let k = Math.min(declared.length, path.length); k >= 1; k--) {
    const tail = path.slice(path.length - k);
    if (!tail.every((segment, i) => declared[i] === WILDCARD || declared[i] === segment)) continue;
    // A wildcard past the overlap has nothing to stand for.
    if (declared.slice(k).includes(WILDCARD)) continue;
    return [...path.slice(0, path.length - k), ...tail, ...declared.slice(k)];
  }
  return declared.length ? undefined : path;
}

/** The first declaration that fits a finding, given a way to read the document's current values. */
export function resolveFix(declarations: readonly FixDeclaration[], path: DocPath, valueAt: (path: DocPath) => unknown): ResolvedFix | undefined {
  for (const declaration of declarations) {
    const target = anchorPath(path, declaration);
    if (!target) continue;
    if (declaration.when && !declaration.when.some((accepted) => sameValue(accepted, valueAt(target)))) continue;
    return { declaration, op: declaration.op, target, ...('value' in declaration ? { value: declaration.value } : {}) };
  }
  return undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the fix does, in words: "set securityContext.allowPrivilegeEscalation to false". */
export function describeFix(fix: Pick<ResolvedFix, 'op' | 'value'> & { declaration: Pick<FixDeclaration, 'path' | 'description'> }, shown: DocPath = fix.declaration.path): string {
  if (fix.declaration.description) return fix.declaration.description;
  const where = shown.length ? shown.filter((segment) => segment !== WILDCARD).map(String).join('.') : 'the value';
  const value = typeof fix.value === 'string' ? fix.value : JSON.stringify(fix.value);
  switch (fix.op) {
    case 'set':
      return `set ${where} to ${value}`;
    case 'add':
      return `add ${value} to ${where}`;
    case 'remove':
      return `remove ${shown.length && shown[shown.length - 1] === WILDCARD ? `the entry of ${where}` : where}`;
  }
}

/** Reads the value at a path of a plain JSON-like document. */
export function valueAt(document: unknown, path: DocPath): unknown {
  let value: unknown = document;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
