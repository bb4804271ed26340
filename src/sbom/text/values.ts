// Typed reads of untrusted parsed data (JSON, YAML, TOML): a value of the wrong shape reads as absent.
import { load } from 'js-yaml';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../../formats/types.js';
import { LineIndex } from '../../formats/source.js';

export type Dict = Record<string, unknown>;

export function record(value: unknown): Dict | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Dict) : undefined;
}

export function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Numbers too: YAML and TOML read `version: 1.0` as a number. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function strings(value: unknown): string[] {
  return array(value).filter((item): item is string => typeof item === 'string');
}

/** The string-valued entries of an object (`dependencies: { name: range }`). */
export function stringEntries(value: unknown): [string, string][] {
  return Object.entries(record(value) ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** Strict JSON; a syntax error names the file, line and column. */
export function parseJson(source: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const error = errors[0];
  if (error) {
    const at = new LineIndex(source).position(error.offset);
    throw new InputError(file, `invalid JSON: ${printParseErrorCode(error.error)}`, at.line, at.column);
  }
  return value;
}

/** The document must be an object: a lockfile that parses to anything else is broken. */
export function parseJsonObject(source: string, file: string): Dict {
  const value = record(parseJson(source, file));
  if (!value) throw new InputError(file, 'expected a JSON object at the top level');
  return value;
}

/** One YAML document (lockfiles, not manifests: no source positions needed); a syntax error names the line. */
export function parseYaml(source: string, file: string): unknown {
  try {
    return load(source, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    throw new InputError(file, `invalid YAML: ${(error as Error).message.split('\n')[0]}`, mark ? mark.line + 1 : undefined, mark ? mark.column + 1 : undefined);
  }
}
