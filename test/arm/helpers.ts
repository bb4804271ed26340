// An in-memory file system for ARM parse tests: templates and parameters files by absolute path.
import path from 'node:path';
import { arm } from '../../src/formats/arm/index.js';
import { InputError, type ParseContext, type ParsedDocument } from '../../src/formats/types.js';

export const ROOT = '/proj';

export function context(files: Record<string, string>, options: Record<string, unknown> = {}): ParseContext {
  return {
    cwd: process.cwd(),
    root: ROOT,
    readFile(file, from) {
      const text = files[file];
      if (text === undefined) throw new InputError(from, `cannot read ${file}`);
      return text;
    },
    listDir(dir) {
      const names = Object.keys(files)
        .filter((f) => path.dirname(f) === dir)
        .map((f) => path.basename(f));
      return names.length ? names : undefined;
    },
    options,
  };
}

export const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

export function template(body: Record<string, unknown>): string {
  return JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...body }, null, 2);
}

export function parametersFile(values: Record<string, unknown>): string {
  return JSON.stringify({ $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) }, null, 2);
}

/** Parses files[file] with the other files around it. */
export function parse(files: Record<string, string>, file: string, options: Record<string, unknown> = {}): ParsedDocument[] {
  return arm.parse(files[file]!, file, context(files, options));
}

export interface Doc {
  parameters: Record<string, { value: unknown; source: string; secure: boolean; defaultValue?: unknown }>;
  resources: Record<string, unknown>[];
  resourceIds: Record<string, number>;
  outputs: Record<string, { value: unknown; parameters: string[] }>;
}

export function documentOf(parsed: ParsedDocument): Doc {
  return JSON.parse(JSON.stringify(parsed.document)) as Doc;
}

/** Evaluates one expression (with optional parameters and variables) the way a template output would. */
export function evaluate(expression: string, extra: Record<string, unknown> = {}): unknown {
  const file = `${ROOT}/expr.json`;
  const files = { [file]: template({ ...extra, resources: [], outputs: { result: { type: 'object', value: expression } } }) };
  return documentOf(parse(files, file)[0]!).outputs['result']!.value;
}
