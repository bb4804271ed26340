// The document pass: detect, parse, evaluate and locate, one file at a time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import {
  compareFindings,
  fingerprint,
  renderMessage,
  ruleMeta,
  type Finding,
  type RawFinding,
} from '../findings/finding.js';
import { detectFormat } from '../formats/index.js';
import { InputError, type ParseContext, type ParsedDocument } from '../formats/types.js';
import type { Engine } from './engine.js';

/** Larger files are refused rather than read: no manifest or config is this big. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface CheckError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface FileResult {
  /** Whether the file was a recognised input; an unrecognised file found in a directory is skipped. */
  recognised: boolean;
  documents: number;
  findings: Finding[];
  errors: CheckError[];
  /** Format facts worth reporting per file, e.g. ARM values that stayed unresolved. */
  notes: Record<string, unknown>[];
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

export async function checkSource(engine: Engine, source: Source, options: SourceOptions, text?: string): Promise<FileResult> {
  const result: FileResult = { recognised: false, documents: 0, findings: [], errors: [], notes: [] };
  const fail = (error: unknown) => result.errors.push(toCheckError(error, source.file));
  if (text === undefined) {
    const read = readSource(source);
    if (typeof read !== 'string') {
      if (read) fail(read);
      else if (source.explicit) fail(new InputError(source.file, 'not a recognised input (Kubernetes, ARM, sshd_config, firewall or Dockerfile)'));
      result.recognised = Boolean(read);
      return result;
    }
    text = read;
  }
  const format = detectFormat(source.file, text);
  if (!format) {
    if (source.explicit) fail(new InputError(source.file, 'not a recognised input (Kubernetes, ARM, sshd_config, firewall or Dockerfile)'));
    return result;
  }
  result.recognised = true;
  let documents: ParsedDocument[];
  try {
    documents = format.parse(text, source.file, parseContext(options));
  } catch (error) {
    fail(error);
    return result;
  }
  result.documents = documents.length;
  for (const document of documents) {
    let raw: RawFinding[];
    try {
      raw = await engine.evaluate({ kind: document.kind, file: document.file, document: document.document, context: document.context ?? {} });
    } catch (error) {
      fail(new InputError(document.file, `${document.resource}: ${(error as Error).message}`));
      continue;
    }
    for (const finding of raw) {
      try {
        result.findings.push(toFinding(finding, document));
      } catch (error) {
        fail(new InputError(document.file, `${document.resource}: ${(error as Error).message}`));
      }
    }
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

export function toFinding(raw: RawFinding, document: ParsedDocument): Finding {
  const meta = ruleMeta(raw.rule, document.kind);
  const path = Array.isArray(raw.path) ? raw.path : [];
  const span = document.locate(path);
  const related = document.related?.(path);
  return {
    ruleId: meta.id,
    severity: meta.severity,
    title: meta.title,
    message: renderMessage(meta.message, raw.params),
    kind: document.kind,
    resource: document.resource,
    path,
    location: { file: document.file, ...span },
    ...(related?.length ? { related } : {}),
    controls: meta.controls,
    remediation: meta.remediation,
    fingerprint: fingerprint(meta.id, document.file, document.resource, path),
  };
}

function parseContext(options: SourceOptions): ParseContext {
  const root = resolve(options.cwd, options.root);
  return {
    root,
    options: options.formatOptions,
    readFile(path, from) {
      const absolute = resolve(options.cwd, path);
      const inside = relative(root, absolute);
      if (inside.startsWith('..') || inside.startsWith(sep)) throw new InputError(from, `${path} is outside the scanned tree (${root})`);
      if (!existsSync(absolute)) throw new InputError(from, `${path} does not exist`);
      return readFileSync(absolute, 'utf8');
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
