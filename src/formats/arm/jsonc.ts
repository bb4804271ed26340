// JSON as Azure Resource Manager accepts it: comments, trailing commas and string literals that
// span lines. jsonc-parser keeps the offset of every node; it rejects raw line breaks inside
// strings, so before parsing each such break is swapped for a private-use character of the same
// length (offsets stay exact) and swapped back when values are read.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../source.js';
import { InputError, type Span } from '../types.js';

export type JsonNode = Node;

/** A parsed file: its root node and what is needed to turn offsets into spans. */
export interface JsonSource {
  file: string;
  root: JsonNode;
  lines: LineIndex;
  /** Reads the plain JSON value of a node (strings with their line breaks restored). */
  value(node: JsonNode): unknown;
  /** The range of a node; for a property value, from the property's key to the value's end. */
  span(node: JsonNode): Span;
}

const STAND_INS = ['\uE000', '\uE001']; // for '\n' and '\r'

export function loadJson(text: string, file: string): JsonSource {
  const { prepared, restore } = protectLineBreaks(text);
  const errors: ParseError[] = [];
  let root: JsonNode | undefined;
  try {
    root = parseTree(prepared, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(file, 'JSON nesting is too deep');
    throw error;
  }
  const lines = new LineIndex(text);
  const first = errors[0];
  if (first || !root) {
    const at = lines.position(first?.offset ?? 0);
    throw new InputError(file, `invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`, at.line, at.column);
  }
  const value = (node: JsonNode): unknown => {
    switch (node.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const property of node.children ?? []) {
          const [key, child] = property.children ?? [];
          if (key && child) out[restore(String(key.value))] = value(child);
        }
        return out;
      }
      case 'array':
        return (node.children ?? []).map(value);
      case 'string':
        return restore(node.value as string);
      default:
        return node.value;
    }
  };
  return {
    file,
    root,
    lines,
    value,
    span(node) {
      const whole = node.parent?.type === 'property' ? node.parent : node;
      return lines.span(whole.offset, whole.offset + whole.length);
    },
  };
}

/** Replaces raw line breaks inside string literals (outside comments) with same-length stand-ins. */
function protectLineBreaks(text: string): { prepared: string; restore: (s: string) => string } {
  if (text.includes(STAND_INS[0]!) || text.includes(STAND_INS[1]!)) return { prepared: text, restore: (s) => s };
  let out: string[] | undefined;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c === '\n' || c === '\r') {
        (out ??= []).push(text.slice(start, i), c === '\n' ? STAND_INS[0]! : STAND_INS[1]!);
        start = i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    }
  }
  if (!out) return { prepared: text, restore: (s) => s };
  out.push(text.slice(start));
  return {
    prepared: out.join(''),
    restore: (s) => (s.includes(STAND_INS[0]!) || s.includes(STAND_INS[1]!) ? s.replaceAll(STAND_INS[0]!, '\n').replaceAll(STAND_INS[1]!, '\r') : s),
  };
}

/** The value node of property `name` of an object node; ARM names are case-insensitive. */
export function property(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  const lower = name.toLowerCase();
  let found: JsonNode | undefined;
  for (const entry of node.children ?? []) {
    const key = entry.children?.[0];
    if (key && String(key.value).toLowerCase() === lower) found = entry.children?.[1]; // last one wins, as in JSON
  }
  return found;
}

/** [key, value node] pairs of an object node, in source order. */
export function entries(node: JsonNode | undefined, source: JsonSource): [string, JsonNode][] {
  if (node?.type !== 'object') return [];
  const out: [string, JsonNode][] = [];
  for (const entry of node.children ?? []) {
    const [key, child] = entry.children ?? [];
    if (key && child) out.push([source.value(key) as string, child]);
  }
  return out;
}
