// The document pass: detect, parse, evaluate and locate, one file at a time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import {
  compareFindings,
  fingerprint,
  renderMessage,
  type Finding,
  type RawFinding,
} from '../findings/finding.js';
import { detectFormat } from '../formats/index.js';
import { InputError, type ParseContext, type ParsedDocument } from '../formats/types.js';
import type { Engine, IndexedDocument } from './engine.js';

/** Larger files are refused rather than read: no manifest or config is this big. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface CheckError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface FileResult {
  recognised: boolean;
  documents: number;
  findings: Finding[];
  errors: CheckError[];
  /** Format facts worth reporting per file, e.g. ARM values that stayed unresolved. */
  notes: Record<string, unknown>[];
  /** Each document's facts for the run-scope rules; `position` is its place among the file's documents. */
  index: (Omit<IndexedDocument, 'id'> & { position: number })[];
}

export interface Source {
  file: string;
  absolute: string;
  explicit: boolean;
}

export interface SourceOptions {
  cwd: string;
  /** Root that companion files (includes, parameter files) must lie in. */
  root: string;
  formatOptions: Record<string, unknown>;
}

export interface ParsedSource {
  /** Whether the file was a recognised input; an unrecognised file found in a directory is skipped. */
  recognised: boolean;
  documents: ParsedDocument[];
  error?: CheckError;
}

const NOT_AN_INPUT = 'not a recognised input (Kubernetes, ARM, sshd_config, firewall or Dockerfile)';

/** Reads (unless the text is given), detects and parses one source. */
export function parseSource(source: Source, options: SourceOptions, text?: string): ParsedSource {
  const failed = (error: unknown, recognised = true): ParsedSource => ({ recognised, documents: [], error: toCheckError(error, source.file) });
  if (text === undefined) {
    const read = readSource(source);
    if (read instanceof InputError) return failed(read);
    if (read === undefined) return source.explicit ? failed(new InputError(source.file, NOT_AN_INPUT), false) : { recognised: false, documents: [] };
    text = read;
  }
  const format = detectFormat(source.file, text);
  if (!format) return source.explicit ? failed(new InputError(source.file, NOT_AN_INPUT), false) : { recognised: false, documents: [] };
  try {
    return { recognised: true, documents: format.parse(text, source.file, parseContext(options)) };
  } catch (error) {
    return failed(error);
  }
}

/** The document pass for one source: parse, evaluate every document, locate its findings. */
export async function checkSource(engine: Engine, source: Source, options: SourceOptions, text?: string): Promise<FileResult> {
  const parsed = parseSource(source, options, text);
  const result: FileResult = { recognised: parsed.recognised, documents: parsed.documents.length, findings: [], errors: [], notes: [], index: [] };
  if (parsed.error) result.errors.push(parsed.error);
  for (const [position, document] of parsed.documents.entries()) {
    const fail = (error: unknown) => result.errors.push(toCheckError(new InputError(document.file, `${document.resource}: ${(error as Error).message}`), document.file));
    let raw: RawFinding[];
    try {
      raw = await engine.evaluate({ kind: document.kind, file: document.file, document: document.document, context: document.context ?? {} });
    } catch (error) {
      fail(error);
      continue;
    }
    const findings: Finding[] = [];
    for (const finding of raw) {
      try {
        findings.push(toFinding(engine, finding, document));
      } catch (error) {
        fail(error);
      }
    }
    result.findings.push(...findings);
    result.index.push({
      position,
      ...factsOf(document),
      findings: [...new Set(findings.map((finding) => finding.ruleId))].sort(),
    });
    if (document.context?.['unresolved'] !== undefined) result.notes.push({ resource: document.resource, unresolved: document.context['unresolved'] });
  }
  result.findings.sort(compareFindings);
  return result;
}

/** The text of a file, undefined when it is not text (binary), or an error. */
function readSource(source: Source): string | InputError | undefined {
  try {
    const size = statSync(source.absolute).size;
    if (size > MAX_FILE_BYTES) return new InputError(source.file, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const bytes = readFileSync(source.absolute);
    if (bytes.includes(0)) return undefined;
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return new InputError(source.file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export interface Located {
  findings: Finding[];
  errors: CheckError[];
}

/**
 * Locates run-scope findings in the source whose documents they name, by parsing it again: the
 * run pass sees only facts, and its findings are few enough not to keep every source map.
 */
export function locateInSource(
  engine: Engine,
  source: Source,
  options: SourceOptions,
  text: string | undefined,
  requests: readonly { position: number; raw: RawFinding }[],
): Located {
  const { documents } = parseSource(source, options, text);
  const located: Located = { findings: [], errors: [] };
  for (const { position, raw } of requests) {
    const document = documents[position];
    try {
      if (!document) throw new Error('the document could not be parsed again');
      located.findings.push(toFinding(engine, raw, document));
    } catch (error) {
      located.errors.push({ file: source.file, message: (error as Error).message });
    }
  }
  return located;
}

/** What the run records of a document: its identity and the compact facts run-scope rules see. */
export function factsOf(document: ParsedDocument): Pick<IndexedDocument, 'kind' | 'file' | 'resource' | 'facts'> {
  return { kind: document.kind, file: document.file, resource: document.resource, facts: document.facts ? document.facts() : document.document };
}

export function toFinding(engine: Engine, raw: RawFinding, document: ParsedDocument): Finding {
  const meta = engine.rule(raw.id);
  if (!meta) {
    throw new Error(`rule ${JSON.stringify(raw.id)} returned a finding but no loaded catalog describes it (build the bundle with \`policy build\`, which writes catalog.json)`);
  }
  const path = Array.isArray(raw.path) ? raw.path : [];
  const span = document.locate(path);
  const related = document.related?.(path);
  const resource = document.resourceAt?.(path) ?? document.resource;
  return {
    ruleId: meta.id,
    severity: meta.severity,
    title: meta.title,
    message: renderMessage(meta.message, raw.params),
    kind: document.kind,
    resource,
    path,
    location: { file: document.file, ...span },
    ...(related?.length ? { related } : {}),
    controls: meta.controls,
    remediation: meta.remediation,
    fingerprint: fingerprint(meta.id, document.file, resource, path),
  };
}

/** A file's text by absolute path, or undefined when there is no such file. */
export type TextReader = (absolute: string) => string | undefined;

const fromDisk: TextReader = (absolute) => (existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined);

/** What formats may read besides the file itself: companion files inside the scanned tree. */
export function parseContext(options: SourceOptions, read: TextReader = fromDisk): ParseContext {
  const root = resolve(options.cwd, options.root);
  return {
    cwd: options.cwd,
    root,
    options: options.formatOptions,
    readFile(path, from) {
      const absolute = resolve(options.cwd, path);
      const inside = relative(root, absolute);
      if (inside.startsWith('..') || inside.startsWith(sep)) throw new InputError(from, `${path} is outside the scanned tree (${root})`);
      const text = read(absolute);
      if (text === undefined) throw new InputError(from, `${path} does not exist`);
      return text;
    },
    listDir(path) {
      const absolute = resolve(options.cwd, path);
      return existsSync(absolute) && statSync(absolute).isDirectory() ? readdirSync(absolute).sort() : undefined;
    },
  };
}

export function toCheckError(error: unknown, file: string): CheckError {
  if (error instanceof InputError) {
    return { file: error.file, ...(error.line ? { line: error.line } : {}), ...(error.column ? { column: error.column } : {}), message: error.message };
  }
  return { file, message: error instanceof Error ? error.message : String(error) };
}
