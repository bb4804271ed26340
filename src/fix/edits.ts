// Text edits, applied the way ESLint's fixer applies them: every fix is a set of replacements
// computed against the same text; they are sorted, a fix that overlaps one already taken waits
// for the next pass (when it is computed again against the new text), and nothing else moves.
import { LineIndex } from '../formats/source.js';
import type { Span } from '../formats/types.js';

/** Replace [start, end) of `file` (an absolute path) with `text`; an insertion has start = end. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
  /**
   * The range the edit depends on, when larger than what it replaces: an entry added to a mapping
   * claims the whole mapping, so that another edit of that mapping waits for the next pass.
   */
  claim?: { start: number; end: number };
  /** An insertion whose order among others at the same point does not matter (whole sshd_config lines). */
  stackable?: boolean;
}

/** The edits of one fix, which are applied together or not at all. */
export interface EditGroup<T> {
  owner: T;
  edits: TextEdit[];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  // Two insertions at one point have no order (unless neither cares); an insertion inside a replacement lands nowhere.
  if (a.start === b.start) return !(a.stackable && b.stackable && a.start === a.end && b.start === b.end);
  const x = a.claim ?? a;
  const y = b.claim ?? b;
  return x.start < y.end && y.start < x.end;
}

function same(a: TextEdit, b: TextEdit): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}

/**
 * Chooses the groups to apply in this pass, in order of their first edit: a group that overlaps an
 * edit already taken is deferred, unless it makes exactly the same edits (two findings with one fix).
 */
export function chooseGroups<T>(groups: readonly EditGroup<T>[]): { taken: EditGroup<T>[]; deferred: EditGroup<T>[] } {
  const sorted = [...groups].sort((a, b) => firstEdit(a) - firstEdit(b));
  const accepted: TextEdit[] = [];
  const taken: EditGroup<T>[] = [];
  const deferred: EditGroup<T>[] = [];
  for (const group of sorted) {
    const fresh = group.edits.filter((edit) => !accepted.some((other) => same(edit, other)));
    if (fresh.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
      deferred.push(group);
      continue;
    }
    accepted.push(...fresh);
    taken.push(group);
  }
  return { taken, deferred };
}

function firstEdit(group: EditGroup<unknown>): number {
  return Math.min(...group.edits.map((edit) => edit.start));
}

/** Applies non-overlapping edits of one file, from the end so that earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const unique = edits.filter((edit, i) => edits.findIndex((other) => same(edit, other)) === i);
  let out = text;
  // From the end; insertions at one point land in the order they were given.
  const order = unique.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
  for (const { edit } of order) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/** Offsets of a 1-based span (end exclusive). */
export function spanOffsets(text: string, span: Span): { start: number; end: number } {
  return { start: offsetOf(text, span.startLine, span.startColumn), end: offsetOf(text, span.endLine, span.endColumn) };
}

/** Start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just past the line break ending the line that holds `offset` (the text's end when there is none). */
export function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** The line break a file uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** An edit as a 1-based replacement, for SARIF. */
export function asReplacement(text: string, edit: TextEdit): Span & { text: string } {
  const lines = new LineIndex(text);
  return { ...lines.span(edit.start, edit.end), text: edit.text };
}
