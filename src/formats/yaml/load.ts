// One js-yaml pass gives both the values and the source offsets of every node.
// The path-to-offset index is built only for documents that are located,
// i.e. those with findings, so the common case pays for the values alone.
import {
  constructFromEvents,
  getScalarValue,
  parseEvents,
  YAML11_SCHEMA,
  YAMLException,
  type Event,
} from 'js-yaml';
import { LineIndex, pathKey } from '../source.js';
import { InputError, type DocPath, type Span } from '../types.js';

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

/** Extra nodes that aliases may add to one document before it is treated as a YAML bomb. */
export const MAX_ALIAS_EXPANSION = 100_000;
export const MAX_DEPTH = 100;

export interface YamlDocument {
  value: unknown;
  /** 0-based index of the document in its file. */
  index: number;
  /** Source range of the value at `path`, or of its nearest existing ancestor. */
  locate(path: DocPath): Span;
}

interface NodeRange {
  /** Where the entry starts: its key in a mapping, the node itself elsewhere. */
  start: number;
  end: number;
}

/** Parses every document of a YAML stream with YAML 1.1 scalars, as Kubernetes reads them. */
export function loadYaml(text: string, file: string): YamlDocument[] {
  let events: Event[];
  let values: unknown[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
    checkAliasExpansion(events, text, file);
    values = constructFromEvents(events, { source: text, filename: file, schema: YAML11_SCHEMA });
  } catch (error) {
    throw toInputError(error, file);
  }
  const lines = new LineIndex(text);
  const starts = documentStarts(events);
  return values.map((value, index) => {
    let ranges: Map<string, NodeRange> | undefined;
    return {
      value,
      index,
      locate(path: DocPath): Span {
        ranges ??= indexDocument(events, starts[index]!, text);
        for (let n = path.length; n >= 0; n--) {
          const range = ranges.get(pathKey(path.slice(0, n)));
          if (range) return lines.span(range.start, range.end);
        }
        return lines.span(0, 0);
      },
    };
  });
}

function toInputError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof YAMLException) {
    const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
    const reason = (error as YAMLException & { reason?: string }).reason ?? error.message;
    return new InputError(file, `invalid YAML: ${reason}`, mark ? mark.line + 1 : undefined, mark ? mark.column + 1 : undefined);
  }
  return new InputError(file, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
}

function documentStarts(events: Event[]): number[] {
  const starts: number[] = [];
  events.forEach((event, i) => {
    if (event.type === DOCUMENT) starts.push(i);
  });
  return starts;
}

/**
 * Counts the nodes each document would have once its aliases are expanded, without expanding them.
 * js-yaml's own alias limit counts alias nodes, not what they expand to, so a 500-byte
 * "billion laughs" loads fine and then hangs whoever serialises it.
 */
function checkAliasExpansion(events: Event[], text: string, file: string): void {
  const anchorSize = new Map<string, number>();
  const stack: { size: number; anchor: string | undefined }[] = [];
  let expanded = 0;
  const add = (size: number) => {
    const top = stack[stack.length - 1];
    if (top) top.size += size;
  };
  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        expanded = 0;
        stack.length = 0;
        break;
      case SEQUENCE:
      case MAPPING:
        stack.push({ size: 1, anchor: anchorOf(event, text) });
        break;
      case SCALAR: {
        add(1);
        const anchor = anchorOf(event, text);
        if (anchor) anchorSize.set(anchor, 1);
        break;
      }
      case ALIAS: {
        const size = anchorSize.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
        expanded += size - 1;
        if (expanded > MAX_ALIAS_EXPANSION) {
          const at = new LineIndex(text).position(event.anchorStart);
          throw new InputError(file, `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} extra nodes (alias bomb)`, at.line, at.column);
        }
        add(size);
        break;
      }
      case POP: {
        const node = stack.pop();
        if (node) {
          if (node.anchor) anchorSize.set(node.anchor, node.size);
          add(node.size);
        }
        break;
      }
    }
  }
}

function anchorOf(event: { anchorStart: number; anchorEnd: number }, text: string): string | undefined {
  return event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined;
}

/** Walks one document's events and records the range of every node by its path. */
function indexDocument(events: Event[], first: number, text: string): Map<string, NodeRange> {
  const ranges = new Map<string, NodeRange>();
  type Frame = { kind: 'map' | 'seq'; path: (string | number)[]; next: number; key: string | undefined; keyStart: number };
  const stack: Frame[] = [];
  const record = (start: number, end: number) => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      ranges.set(pathKey([]), { start, end });
      return undefined;
    }
    if (frame.kind === 'seq') {
      const path = [...frame.path, frame.next++];
      ranges.set(pathKey(path), { start, end });
      return path;
    }
    const path = [...frame.path, frame.key!];
    ranges.set(pathKey(path), { start: frame.keyStart, end });
    frame.key = undefined;
    return path;
  };
  for (let i = first + 1; i < events.length; i++) {
    const event = events[i]!;
    if (event.type === DOCUMENT) break;
    const frame = stack[stack.length - 1];
    const expectingKey = frame?.kind === 'map' && frame.key === undefined;
    switch (event.type) {
      case SCALAR: {
        // Offsets exclude the quotes of a quoted scalar; the user's eye includes them.
        const quote = event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED ? 1 : 0;
        if (expectingKey) {
          frame.key = getScalarValue(text, event);
          frame.keyStart = event.valueStart - quote;
        } else record(event.valueStart - quote, event.valueEnd + quote);
        break;
      }
      case ALIAS:
        if (expectingKey) {
          frame.key = text.slice(event.anchorStart - 1, event.anchorEnd);
          frame.keyStart = event.anchorStart - 1;
        } else record(event.anchorStart - 1, event.anchorEnd);
        break;
      case SEQUENCE:
      case MAPPING: {
        if (expectingKey) {
          // A complex (collection) key: it has no path of its own; skip over it.
          frame.key = '?';
          frame.keyStart = event.start;
          i = skipNode(events, i);
          break;
        }
        const start = event.anchorStart >= 0 ? Math.min(event.anchorStart - 1, event.start) : event.start;
        const path = record(event.start < 0 ? start : event.start, event.start + 1) ?? [];
        stack.push({ kind: event.type === MAPPING ? 'map' : 'seq', path, next: 0, key: undefined, keyStart: 0 });
        break;
      }
      case POP:
        if (!stack.pop()) return ranges;
        break;
    }
  }
  return ranges;
}

function skipNode(events: Event[], i: number): number {
  let depth = 0;
  for (; i < events.length; i++) {
    const type = events[i]!.type;
    if (type === SEQUENCE || type === MAPPING) depth++;
    else if (type === POP && --depth === 0) return i;
  }
  return i;
}
