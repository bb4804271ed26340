// The config file: found upward from the scanned path (or named with --config), parsed with
// positions, validated against the JSON Schema that ships beside this module, then normalised.
// Every problem names the key, the line and what was expected, and all problems come at once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Severity } from '../findings/finding.js';
import { loadYaml, type YamlDocument } from '../formats/yaml/load.js';
import type { DocPath, InputError } from '../formats/types.js';
import type { ReportFormat } from '../report/render.js';
import schema from './policygate.schema.json' with { type: 'json' };

export const CONFIG_FILE = '.policygate.yaml';
const CONFIG_NAMES = [CONFIG_FILE, '.policygate.yml'];

export interface Waiver {
  rule: string;
  path?: string;
  resource?: string;
  fingerprint?: string;
  reason: string;
  owner: string;
  expires: string;
  /** Where the waiver is written, for reports. */
  line: number;
}

export interface Config {
  /** The file as reported (relative to the working directory); undefined when no file was found. */
  file?: string;
  /** The directory relative paths in the file are resolved against. */
  dir: string;
  paths: { include: string[]; exclude: string[] };
  profiles: string[];
  rules: { enable: string[]; disable: string[]; severity: Record<string, Severity> };
  gate: { severity?: Severity; maxNewFindings?: number; risk?: number };
  waivers: Waiver[];
  outputs: { format: ReportFormat; path: string }[];
  /** Images Dockerfiles build that their labels do not name; `dockerfile` relative to `dir`. */
  images: { dockerfile: string; image: string }[];
}

export interface ConfigProblem {
  line: number;
  column: number;
  key: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(`${file}: invalid configuration\n${problems.map((problem) => `  ${file}:${problem.line}:${problem.column}: ${problem.key}: ${problem.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function defaultConfig(dir: string): Config {
  return { dir, paths: { include: [], exclude: [] }, profiles: [], rules: { enable: [], disable: [], severity: {} }, gate: {}, waivers: [], outputs: [], images: [] };
}

/** The nearest config file in `start` or one of its parents, or undefined. */
export function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The directory to search upward from: the deepest directory holding every scanned path. */
export function searchStart(paths: readonly string[], cwd: string): string {
  const dirs = paths
    .filter((path) => path !== '-')
    .map((path) => {
      const absolute = resolve(cwd, path);
      return existsSync(absolute) && !statSync(absolute).isDirectory() ? dirname(absolute) : absolute;
    });
  if (!dirs.length) return cwd;
  return dirs.reduce((common, dir) => {
    while (common !== dir && !dir.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
    return common;
  });
}

let validator: ValidateFunction | undefined;

/** Compiled on first use: most runs without a config file never need it. */
function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true });
    (addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv)(ajv, ['date']);
    validator = ajv.compile(schema);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Reads, validates and normalises a config file; throws ConfigError listing every problem. */
export function loadConfig(absolute: string, cwd: string): Config {
  const file = relative(cwd, absolute).split(sep).join('/') || absolute;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [{ line: 1, column: 1, key: '(file)', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  let documents: YamlDocument[];
  try {
    documents = loadYaml(text, file);
  } catch (error) {
    const input = error as InputError;
    throw new ConfigError(file, [{ line: input.line ?? 1, column: input.column ?? 1, key: '(file)', message: input.message }]);
  }
  if (documents.length > 1) {
    const at = documents[1]!.locate([]);
    throw new ConfigError(file, [{ line: at.startLine, column: at.startColumn, key: '(file)', message: 'expected one YAML document, found several' }]);
  }
  const document = documents[0];
  const value = plain(document?.value ?? {});
  const errors = validate(value);
  if (errors.length) throw new ConfigError(file, problems(errors, document));
  const config = normalise(value as RawConfig, file, dirname(absolute), document);
  const missing = missingDockerfiles(config, document);
  if (missing.length) throw new ConfigError(file, missing);
  return config;
}

/** A mapped Dockerfile that does not exist is a typo, or a file since moved: either way, say so. */
function missingDockerfiles(config: Config, document: YamlDocument | undefined): ConfigProblem[] {
  return config.images.flatMap((entry, i) => {
    const path = resolve(config.dir, entry.dockerfile);
    if (existsSync(path) && statSync(path).isFile()) return [];
    return [{ key: keyName(['images', i, 'dockerfile']), message: `no such file: ${entry.dockerfile} (relative to this file)`, ...position(document, ['images', i, 'dockerfile']) }];
  });
}

interface RawConfig {
  paths?: { include?: string[]; exclude?: string[] };
  profiles?: string[];
  rules?: { enable?: string[]; disable?: string[]; severity?: Record<string, Severity> };
  gate?: { severity?: Severity; maxNewFindings?: number; risk?: number };
  waivers?: Omit<Waiver, 'line'>[];
  outputs?: { format: ReportFormat; path: string }[];
  images?: { dockerfile: string; image: string }[];
}

function normalise(raw: RawConfig, file: string, dir: string, document: YamlDocument | undefined): Config {
  return {
    file,
    dir,
    paths: { include: raw.paths?.include ?? [], exclude: raw.paths?.exclude ?? [] },
    profiles: raw.profiles ?? [],
    rules: { enable: raw.rules?.enable ?? [], disable: raw.rules?.disable ?? [], severity: raw.rules?.severity ?? {} },
    gate: raw.gate ?? {},
    waivers: (raw.waivers ?? []).map((waiver, i) => ({ ...waiver, line: document?.locate(['waivers', i]).startLine ?? 1 })),
    outputs: raw.outputs ?? [],
    images: raw.images ?? [],
  };
}

/**
 * YAML 1.1 reads an unquoted 2027-03-31 as a timestamp; the schema speaks of strings, so dates
 * become YYYY-MM-DD again (a timestamp with a time of day keeps its full ISO form, and fails).
 */
function plain(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

function problems(errors: ErrorObject[], document: YamlDocument | undefined): ConfigProblem[] {
  // The branches of an anyOf explain nothing by themselves: the anyOf error says what is needed.
  const shown = errors.filter((error) => !error.schemaPath.includes('/anyOf/'));
  const seen = new Set<string>();
  const list: ConfigProblem[] = [];
  for (const error of shown) {
    const path = pointerPath(error.instancePath);
    const at = error.keyword === 'additionalProperties' ? [...path, String(error.params['additionalProperty'])] : path;
    const problem = { key: keyName(at), message: explain(error), ...position(document, at) };
    const id = `${problem.line}:${problem.key}:${problem.message}`;
    if (!seen.has(id)) list.push(problem);
    seen.add(id);
  }
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}

function position(document: YamlDocument | undefined, path: DocPath): { line: number; column: number } {
  const span = document?.locate(path);
  return { line: span?.startLine ?? 1, column: span?.startColumn ?? 1 };
}

function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function keyName(path: DocPath): string {
  if (!path.length) return '(top level)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');
}

function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const got = (value: unknown) => ` (got ${JSON.stringify(value)})`;
  switch (error.keyword) {
    case 'required':
      return `missing required key "${String(params['missingProperty'])}"`;
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `unknown key; expected one of: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `expected one of: ${(params['allowedValues'] as unknown[]).join(', ')}${got(error.data)}`;
    case 'const':
      return `expected ${JSON.stringify(params['allowedValue'])}${got(error.data)}`;
    case 'type':
      return `expected ${article(String(params['type']))}${got(error.data)}`;
    case 'format':
      return params['format'] === 'date' ? `expected a date, YYYY-MM-DD${got(error.data)}` : `expected the ${String(params['format'])} format${got(error.data)}`;
    case 'pattern':
      return `expected text matching ${String(params['pattern'])}${got(error.data)}`;
    case 'minLength':
      return 'expected a non-empty string';
    case 'minimum':
      return `expected a number >= ${String(params['limit'])}${got(error.data)}`;
    case 'uniqueItems':
      return `expected no duplicates (items ${String(params['j'])} and ${String(params['i'])} are the same)`;
    case 'anyOf': {
      const branches = (error.schema as { required?: string[] }[]).flatMap((branch) => branch.required ?? []);
      return `expected one of these keys: ${branches.join(', ')}`;
    }
    case 'propertyNames':
      return 'invalid key';
    default:
      return error.message ?? 'invalid';
  }
}

function article(type: string): string {
  const word = type === 'object' ? 'mapping (object)' : type === 'array' ? 'list (array)' : type;
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
