// ARM templates: minimal text edits with jsonc-parser's modify(), which keeps comments and the
// rest of the file as written. A finding's path is in the expanded template; the ARM format's
// source map (locate) names the template node each value came from, and related() the parameters
// file entry or parameter default a `[parameters('x')]` value was read from: the fix changes the
// value where it is defined, never the expression that reads it.
import { getNodePath, modify, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { entries, loadJson, property, type JsonSource } from '../../formats/arm/jsonc.js';
import type { PathSegment, Span } from '../../formats/types.js';
import type { ResolvedFix } from '../declaration.js';
import type { TextEdit } from '../edits.js';
import { FixRefusal, type EditContext, type FormatEditor } from './types.js';

const PARAMETER_REFERENCE = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i;

export const armEditor: FormatEditor = {
  plan(fix, context) {
    const { document } = context;
    const template = load(context, context.file);
    const span = document.locate(fix.target);
    // The deepest part of the path the template writes down: the rest is missing there.
    let depth = fix.target.length;
    while (depth > 0 && sameSpan(document.locate(fix.target.slice(0, depth - 1)), span)) depth--;
    const node = nodeAt(template.source, span);
    if (!node) throw new FixRefusal('the value could not be found again in the template');
    const rest = fix.target.slice(depth);
    const raw = node.type === 'string' ? String(template.source.value(node)) : undefined;
    if (raw !== undefined && raw.startsWith('[') && !raw.startsWith('[[')) {
      const parameter = PARAMETER_REFERENCE.exec(raw)?.[1];
      if (rest.length || !parameter) throw new FixRefusal(`the value is computed by the expression ${raw}; fix it by hand`);
      return definition(fix, context, parameter);
    }
    return edit(template, node, rest, fix);
  },
};

interface Loaded {
  file: string;
  text: string;
  source: JsonSource;
}

function load(context: EditContext, file: string): Loaded {
  const text = context.text(file);
  return { file, text, source: loadJson(text, file) };
}

/** Changes a `[parameters('x')]` value where it is defined: the parameters file, else the default. */
function definition(fix: ResolvedFix, context: EditContext, parameter: string): TextEdit[] {
  const origins = context.document.related?.(fix.target) ?? [];
  if (origins.length !== 1) {
    throw new FixRefusal(`parameter '${parameter}' ${origins.length ? 'is computed from other parameters' : 'has no value in the template or a parameters file'}; fix it by hand`);
  }
  const origin = origins[0]!;
  const file = context.absolute(origin.file);
  const loaded = load(context, file);
  const node = nodeAt(loaded.source, origin);
  if (!node) throw new FixRefusal(`the value of parameter '${parameter}' could not be found again in ${origin.file}`);
  if (file === context.file) {
    if (node.parent?.children?.[0]?.value !== 'defaultValue') throw new FixRefusal(`the default of parameter '${parameter}' could not be found again`);
    return edit(loaded, node, [], fix);
  }
  if (property(node, 'reference')) throw new FixRefusal(`parameter '${parameter}' is a Key Vault reference in ${origin.file}; change the secret instead`);
  const value = property(node, 'value');
  if (!value) throw new FixRefusal(`parameter '${parameter}' has no value in ${origin.file}`);
  return edit(loaded, value, [], fix);
}

/** The edit at `node` (+ `rest`, missing below it): set, add to a list, or remove. */
function edit(loaded: Loaded, node: Node, rest: readonly PathSegment[], fix: ResolvedFix): TextEdit[] {
  if (rest.length && node.type !== 'object') throw new FixRefusal('the value there is not an object, so the missing property cannot be added; fix it by hand');
  const path: JSONPath = [...getNodePath(node), ...spelled(loaded.source, node, rest)];
  const options = { formattingOptions: formatting(loaded.text) };
  let edits;
  switch (fix.op) {
    case 'set':
      edits = modify(loaded.text, path, fix.value, options);
      break;
    case 'remove':
      if (rest.length) return [];
      edits = modify(loaded.text, path, undefined, options);
      break;
    case 'add': {
      if (rest.length) {
        edits = modify(loaded.text, path, [fix.value], options);
        break;
      }
      if (node.type !== 'array') throw new FixRefusal('the value there is not a list; fix it by hand');
      if ((node.children ?? []).some((child) => JSON.stringify(loaded.source.value(child)) === JSON.stringify(fix.value))) return [];
      edits = modify(loaded.text, [...path, node.children?.length ?? 0], fix.value, { ...options, isArrayInsertion: true });
      break;
    }
  }
  if (!edits.length) throw new FixRefusal('jsonc-parser found no place for the edit; fix it by hand');
  return edits.map((e) => ({ file: loaded.file, start: e.offset, end: e.offset + e.length, text: e.content }));
}

/** The missing keys as the object already spells them, if it does in another case (ARM ignores case). */
function spelled(source: JsonSource, node: Node, rest: readonly PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  let current: Node | undefined = node;
  for (const segment of rest) {
    const match: [string, Node] | undefined = current && typeof segment === 'string' ? entries(current, source).find(([key]) => key.toLowerCase() === segment.toLowerCase()) : undefined;
    out.push(match ? match[0] : segment);
    current = match?.[1];
  }
  return out;
}

/** The value node whose range (from its key, for a property) is `span`. */
function nodeAt(source: JsonSource, span: Span): Node | undefined {
  const visit = (node: Node): Node | undefined => {
    if (sameSpan(source.span(node), span)) return node;
    const children = node.type === 'object' ? (node.children ?? []).map((entry) => entry.children?.[1]) : node.type === 'array' ? node.children ?? [] : [];
    for (const child of children) {
      const found = child && visit(child);
      if (found) return found;
    }
    return undefined;
  };
  return visit(source.root);
}

function sameSpan(a: Span, b: Span): boolean {
  return a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** The file's own indentation, for the lines jsonc-parser writes. */
function formatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = [...text.matchAll(/\n([ \t]+)["{[\]}]/g)].map((match) => match[1]!);
  if (indents.some((indent) => indent.startsWith('\t'))) return { insertSpaces: false, tabSize: 4, eol };
  const sizes = indents.map((indent) => indent.length).filter((n) => n > 0);
  return { insertSpaces: true, tabSize: sizes.length ? Math.min(...sizes) : 2, eol };
}
