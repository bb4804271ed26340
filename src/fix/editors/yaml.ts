// Kubernetes YAML: fixes as text edits located by the `yaml` parser's node ranges, so that
// comments, key order, quoting, indentation and the other documents of the stream stay as they
// are and only the changed lines differ. A scalar is replaced in place (keeping its quotes); a
// missing key is a new line (or block) after the mapping's last entry, indented like its
// siblings; a list entry is a new `- item` line; a removed entry takes its lines with it.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, stringify, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocPath, PathSegment } from '../../formats/types.js';
import type { ResolvedFix } from '../declaration.js';
import { eolOf, lineStart, nextLineStart, spanOffsets, type TextEdit } from '../edits.js';
import { FixRefusal, type FormatEditor } from './types.js';

type Value = ResolvedFix['value'];
type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

interface Step {
  /** The mapping or sequence, the pair in it (for a mapping) and the index of the entry. */
  collection: Collection;
  pair?: Pair<unknown, unknown>;
  index: number;
}

interface Place {
  /** The deepest node of the path that exists. */
  node: Node;
  /** How `node` was reached: the entry of each collection along the path, the last one holding `node`. */
  trail: Step[];
  /** The part of the path below `node` that is missing. */
  rest: PathSegment[];
}

interface Style {
  eol: string;
  /** Spaces per nesting level. */
  step: number;
  /** Whether block sequences are indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
  indentSequences: boolean;
}

export const yamlEditor: FormatEditor = {
  plan(fix, context) {
    const text = context.text(context.file);
    const { root, document } = rootOf([...parseAllDocuments(text, { version: '1.1' })], spanOffsets(text, context.document.locate([])).start);
    // Indentation is read from this document: the documents of one stream may each have their own.
    const style = styleOf(text, [document]);
    const place = walk(root, fix.target);
    const file = context.file;
    if (fix.op === 'set' && !place.rest.length) return [replaceScalar(file, place.node, fix.value)];
    // Entries added or removed claim the collection they change: one such edit per collection and pass.
    const changed = fix.op === 'remove' || !(isMap(place.node) || isSeq(place.node)) ? place.trail.at(-1)?.collection : place.node;
    const edits = fix.op === 'remove' ? (place.rest.length ? [] : remove(text, file, place)) : fix.op === 'add' ? add(text, file, place, fix.value, style) : insert(text, file, place, fix.value, style);
    const claimed = isMap(changed) || isSeq(changed) ? changed.range! : undefined;
    return edits.map((edit) => (claimed ? { ...edit, claim: { start: Math.min(claimed[0], edit.start), end: Math.max(claimed[1], edit.end) } } : edit));
  },
};

/** The node the parsed document stands for: a document's root, or an item of a List. */
function rootOf(documents: Document.Parsed[], offset: number): { root: Node; document: Document.Parsed } {
  for (const document of documents) {
    if (document.errors.length) throw new FixRefusal(`the file does not parse as YAML here (${document.errors[0]!.message.split('\n')[0]})`);
    const contents = document.contents;
    if (!contents) continue;
    if (contents.range?.[0] === offset) return { root: contents, document };
    const items = isMap(contents) ? contents.get('items', true) : undefined;
    if (isSeq(items)) {
      const item = items.items.find((entry) => (entry as Node | null)?.range?.[0] === offset);
      if (item) return { root: item as Node, document };
    }
  }
  throw new FixRefusal('the document could not be found again in the file');
}

function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.source ?? String(key.value);
  return undefined;
}

function walk(root: Node, path: DocPath): Place {
  let place: Place = { node: root, trail: [], rest: [...path] };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const node = place.node;
    if (isAlias(node)) throw new FixRefusal('the value comes from a YAML alias, which other places share; fix it by hand');
    let step: Step;
    let next: Node;
    if (isMap(node)) {
      const index = node.items.findIndex((pair) => keyOf(pair) === String(segment));
      if (index === -1) {
        if (node.items.some((pair) => keyOf(pair) === '<<')) throw new FixRefusal('the mapping merges keys from a YAML alias (<<); fix it by hand');
        return place;
      }
      const pair = node.items[index]!;
      step = { collection: node, pair, index };
      next = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node)) {
      if (typeof segment !== 'number' || segment >= node.items.length) return place;
      step = { collection: node, index: segment };
      next = node.items[segment] as Node;
    } else return place;
    place = { node: next, trail: [...place.trail, step], rest: path.slice(i + 1) };
  }
  if (isAlias(place.node)) throw new FixRefusal('the value comes from a YAML alias, which other places share; fix it by hand');
  return place;
}

/** Indentation conventions of the file, read from its first nested block mapping and sequence. */
function styleOf(text: string, documents: Document.Parsed[]): Style {
  let step: number | undefined;
  let indentSequences: boolean | undefined;
  const visit = (node: unknown): void => {
    if (step !== undefined && indentSequences !== undefined) return;
    if (!isMap(node) || node.flow) {
      if (isSeq(node)) node.items.forEach(visit);
      return;
    }
    for (const pair of node.items) {
      const value = pair.value as Node | null;
      const keyColumn = columnOf(text, (pair.key as Node).range![0]);
      if (isMap(value) && !value.flow && value.items.length && step === undefined) step = columnOf(text, (value.items[0]!.key as Node).range![0]) - keyColumn;
      if (isSeq(value) && !value.flow && indentSequences === undefined) indentSequences = columnOf(text, value.range![0]) > keyColumn;
      visit(value);
    }
  };
  for (const document of documents) visit(document.contents);
  return { eol: eolOf(text), step: step && step > 0 ? step : 2, indentSequences: indentSequences ?? true };
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** A scalar as YAML 1.1 reads it back (Kubernetes' YAML): `"1.2"`, `"yes"`, `false`. */
function scalarText(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd();
}

/** A string in the quoting style of the scalar it replaces or sits beside. */
function quoted(value: string, type: Scalar['type']): string {
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return scalarText(value);
}

function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, child]) => `${scalarText(key)}: ${flowText(child)}`).join(', ')}}`;
  return scalarText(value);
}

/** `key: value` as block lines at `column`, nested values below it. */
function blockLines(key: string, value: unknown, column: number, style: Style): string[] {
  const pad = ' '.repeat(column);
  if (Array.isArray(value)) {
    if (!value.length || value.some((item) => item && typeof item === 'object')) return [`${pad}${scalarText(key)}: ${flowText(value)}`];
    const itemPad = ' '.repeat(column + (style.indentSequences ? style.step : 0));
    return [`${pad}${scalarText(key)}:`, ...value.map((item) => `${itemPad}- ${scalarText(item)}`)];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [`${pad}${scalarText(key)}: {}`];
    return [`${pad}${scalarText(key)}:`, ...entries.flatMap(([child, inner]) => blockLines(child, inner, column + style.step, style))];
  }
  return [`${pad}${scalarText(key)}: ${scalarText(value)}`];
}

/** The value to write for the missing part of a path: {a: {b: value}} for rest [a, b]. */
function nested(rest: PathSegment[], value: unknown): unknown {
  return rest.reduceRight<unknown>((inner, segment) => {
    if (typeof segment === 'number') throw new FixRefusal('the fix would have to create a list entry by index; fix it by hand');
    return { [segment]: inner };
  }, value);
}

/** Where the text of a node ends: the end of its last scalar, not the blank lines after it. */
function contentEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items[node.items.length - 1] as Node | Pair<unknown, unknown>;
    if (isMap(node)) {
      const pair = last as Pair<unknown, unknown>;
      return contentEnd(((pair.value as Node | null) ?? pair.key) as Node);
    }
    return contentEnd(last as Node);
  }
  return node.range![1];
}

function replaceScalar(file: string, node: Node, value: Value): TextEdit {
  if (!isScalar(node)) throw new FixRefusal(`the value is a ${isMap(node) ? 'mapping' : 'list'}, not a single value; fix it by hand`);
  const [start, end] = node.range!;
  let written = typeof value === 'string' ? quoted(value, node.type) : scalarText(value);
  if (node.value === null && start === end) written = ` ${written}`; // `key:` with nothing after the colon
  return { file, start, end, text: written };
}

/** Adds the missing part of a path, with `value` at its end, under the deepest node that exists. */
function insert(text: string, file: string, place: Place, value: Value, style: Style): TextEdit[] {
  const { node } = place;
  const [first, ...below] = place.rest;
  if (typeof first === 'number') throw new FixRefusal('the fix would have to create a list entry by index; fix it by hand');
  const inner = nested(below, value);
  if (isMap(node)) {
    if (node.flow) {
      const close = node.range![1] - 1;
      return [{ file, start: close, end: close, text: `${node.items.length ? ', ' : ''}${scalarText(first)}: ${flowText(inner)}` }];
    }
    const column = columnOf(text, (node.items[0]!.key as Node).range![0]);
    const at = nextLineStart(text, contentEnd(node));
    const lead = at === text.length && !text.endsWith('\n') ? style.eol : '';
    return [{ file, start: at, end: at, text: `${lead}${blockLines(first!, inner, column, style).join(style.eol)}${style.eol}` }];
  }
  const pair = place.trail.at(-1)?.pair;
  if (isScalar(node) && node.value === null && pair) return [replaceWithBlock(text, file, pair, { [first!]: inner }, style)];
  throw new FixRefusal(`the value there is not a mapping, so ${String(first)} cannot be added to it; fix it by hand`);
}

/** `key:` (or `key: null`) becomes `key:` with a block below it: entries of a mapping, or items of a list. */
function replaceWithBlock(text: string, file: string, pair: Pair<unknown, unknown>, value: Record<string, unknown> | unknown[], style: Style): TextEdit {
  const key = pair.key as Node;
  const node = pair.value as Node;
  let start = node.range![0];
  while (start > key.range![1] && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const keyColumn = columnOf(text, key.range![0]);
  const lines = Array.isArray(value)
    ? value.map((item) => `${' '.repeat(keyColumn + (style.indentSequences ? style.step : 0))}- ${scalarText(item)}`)
    : Object.entries(value).flatMap(([child, inner]) => blockLines(child, inner, keyColumn + style.step, style));
  return { file, start, end: node.range![1], text: `${style.eol}${lines.join(style.eol)}` };
}

function add(text: string, file: string, place: Place, value: Value, style: Style): TextEdit[] {
  const { node } = place;
  const pair = place.trail.at(-1)?.pair;
  if (place.rest.length) return insert(text, file, place, [value], style);
  if (isScalar(node) && node.value === null && pair) return [replaceWithBlock(text, file, pair, [value], style)];
  if (!isSeq(node)) throw new FixRefusal(`the value there is not a list, so ${JSON.stringify(value)} cannot be added to it; fix it by hand`);
  if (node.toJSON().some((item: unknown) => JSON.stringify(item) === JSON.stringify(value))) return [];
  // The new entry is quoted like the last one.
  const last = node.items[node.items.length - 1] as Node | undefined;
  const written = last && isScalar(last) && typeof value === 'string' ? quoted(value, last.type) : node.flow ? flowText(value) : scalarText(value);
  if (node.flow) {
    const close = node.range![1] - 1;
    return [{ file, start: close, end: close, text: `${node.items.length ? ', ' : ''}${written}` }];
  }
  const dash = dashBefore(text, last!.range![0]);
  const at = nextLineStart(text, contentEnd(last!));
  const lead = at === text.length && !text.endsWith('\n') ? style.eol : '';
  return [{ file, start: at, end: at, text: `${lead}${' '.repeat(columnOf(text, dash))}- ${written}${style.eol}` }];
}

/** The `-` that introduces a block sequence item starting at `offset`. */
function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '-') throw new FixRefusal('the list entry has a layout this fixer does not edit; fix it by hand');
  return i;
}

function remove(text: string, file: string, place: Place): TextEdit[] {
  const step = place.trail.at(-1);
  if (!step) throw new FixRefusal('the whole document cannot be removed by a fix');
  const { collection } = step;
  // The last entry of a list or a flow mapping: the collection stays, empty (`[]`, `{}`), so that its
  // key keeps meaning "none"; a block mapping keeps its key with no value, which reads the same.
  if (collection.items.length === 1 && (isSeq(collection) || collection.flow)) {
    const holder = place.trail.at(-2)?.pair;
    if (!holder) throw new FixRefusal('removing the only entry would leave nothing behind; fix it by hand');
    return [emptyValue(text, file, holder, isSeq(collection) ? '[]' : '{}')];
  }
  if (collection.flow) {
    const items = collection.items as (Node | Pair<unknown, unknown>)[];
    const startOf = (item: Node | Pair<unknown, unknown>) => (isMap(collection) ? ((item as Pair<unknown, unknown>).key as Node) : (item as Node)).range![0];
    const endOf = (item: Node | Pair<unknown, unknown>) => (isMap(collection) ? contentEnd(((item as Pair<unknown, unknown>).value ?? (item as Pair<unknown, unknown>).key) as Node) : (item as Node).range![1]);
    const i = step.index;
    if (i + 1 < items.length) return [{ file, start: startOf(items[i]!), end: startOf(items[i + 1]!), text: '' }];
    return [{ file, start: endOf(items[i - 1]!), end: endOf(items[i]!), text: '' }];
  }
  const first = isSeq(collection) ? dashBefore(text, place.node.range![0]) : (step.pair!.key as Node).range![0];
  return [{ file, start: lineStart(text, first), end: nextLineStart(text, contentEnd(place.node)), text: '' }];
}

/** `key:` followed by a collection becomes `key: []` (or `{}`), the collection's lines gone. */
function emptyValue(text: string, file: string, holder: Pair<unknown, unknown>, empty: string): TextEdit {
  const value = holder.value as Node;
  let start = (holder.key as Node).range![1];
  while (text[start] === ' ' || text[start] === '\t') start++;
  if (text[start] === ':') start++;
  let end = contentEnd(value);
  if (!(isMap(value) || isSeq(value)) || !value.flow) end = Math.max(end, start);
  return { file, start, end, text: ` ${empty}` };
}
