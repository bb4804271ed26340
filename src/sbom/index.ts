// CycloneDX SBOM of a tree: packages from lockfiles, images from deployment configuration.
//
// API for the CLI (`policy sbom [paths] -o file [--format json|xml] [--spec-version 1.5|1.6|1.7]
// [--reproducible] [--include-dev]` and `policy sbom --validate <file>`):
//
//   buildSbom(paths: string[], options?: SbomOptions): Promise<SbomResult>
//     paths: files or directories (default: the working directory). Directories are walked for
//       lockfiles and for files an image extractor reads (Kubernetes manifests, ...).
//     SbomOptions: { cwd?, format?: 'json' | 'xml' (json), specVersion?: '1.5' | '1.6' | '1.7' (1.6),
//       reproducible?: boolean (no timestamp, no serial number), includeDev?: boolean,
//       name?: string (the scanned tree's component; default: the single directory given, else cwd),
//       tool?: { name, version } (default policygate), imageExtractors? (default: imageExtractors) }
//     SbomResult: { bom: the document text; components: number of components in it;
//       errors: files that could not be read ({ file, line?, message }): the SBOM of the others is still
//       built, and the command should exit 2; notices: things the user should know that did not stop a
//       file (unpinned requirements, image references that are not valid) }
//
//   validateSbom(file: string): Promise<{ valid: boolean; skipped?: string; errors: string[] }>
//     Validates a CycloneDX JSON file against the official schema of its specVersion. XML cannot be
//     validated on Node 20: `skipped` says so and `valid` is false (the command should exit 2).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, type ParseContext } from '../formats/types.js';
import { assemble } from './assemble.js';
import { discover, reportedPath, type ScanFile } from './discover.js';
import { imageExtractors as defaultImageExtractors, type ImageExtractor, type ImageUse } from './images/index.js';
import { lockfileParsers } from './lockfiles/index.js';
import type { LockfileContext, Notice, Project } from './model.js';
import { serialize, type SbomFormat, type SpecVersion } from './serialize.js';
import { validateBomText, type ValidationResult } from './validate.js';

export { imageExtractors, type ImageExtractor, type ImageUse } from './images/index.js';
export { SPEC_VERSIONS, type SbomFormat, type SpecVersion } from './serialize.js';
export type { Notice } from './model.js';

export interface SbomOptions {
  cwd?: string;
  format?: SbomFormat;
  specVersion?: SpecVersion;
  reproducible?: boolean;
  includeDev?: boolean;
  name?: string;
  tool?: { name: string; version?: string };
  imageExtractors?: readonly ImageExtractor[];
}

export interface SbomError {
  file: string;
  line?: number;
  message: string;
}

export interface SbomResult {
  bom: string;
  components: number;
  errors: SbomError[];
  notices: Notice[];
}

function toError(error: unknown, file: string): SbomError {
  if (error instanceof InputError) return { file: error.file, line: error.line, message: error.message };
  return { file, message: `internal error: ${error instanceof Error ? error.message : String(error)}` };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function read(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function lockfileContext(scan: ScanFile, cwd: string, notices: Notice[]): LockfileContext {
  const dir = dirname(scan.path);
  const at = (path: string) => resolve(dir, path);
  return {
    readSibling(path) {
      const target = at(path);
      if (!inside(scan.root, target)) return undefined;
      try {
        return read(target);
      } catch {
        return undefined;
      }
    },
    listSibling(path) {
      const target = at(path);
      if (!inside(scan.root, target)) return undefined;
      try {
        return readdirSorted(target);
      } catch {
        return undefined;
      }
    },
    siblingFile: (path) => reportedPath(cwd, at(path)),
    notice: (message, line) => notices.push({ file: scan.file, line, message }),
  };
}

function readdirSorted(path: string): string[] {
  return readdirSync(path).sort();
}

function parseContext(scan: ScanFile, cwd: string): ParseContext {
  return {
    cwd,
    root: scan.root,
    readFile(path, from) {
      if (!inside(scan.root, path)) throw new InputError(from, `${path} is outside the scanned directory`);
      try {
        return read(path);
      } catch {
        throw new InputError(from, `cannot read ${path}`);
      }
    },
    listDir(path) {
      try {
        return readdirSorted(path);
      } catch {
        return undefined;
      }
    },
    options: {},
  };
}

export async function buildSbom(paths: string[], options: SbomOptions = {}): Promise<SbomResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const extractors = options.imageExtractors ?? defaultImageExtractors;
  const { files, errors } = discover(paths, cwd, lockfileParsers, extractors);
  const notices: Notice[] = [];
  const projects: Project[] = [];
  const images: ImageUse[] = [];
  for (const scan of files) {
    try {
      const text = read(scan.path);
      if (scan.lockfile) {
        projects.push(scan.lockfile.parse(text, scan.file, lockfileContext(scan, cwd, notices)));
        continue;
      }
      const extractor = extractors.find((candidate) => candidate.candidate(scan.path) && candidate.detect(scan.file, text));
      if (extractor) images.push(...extractor.extract(text, scan.file, parseContext(scan, cwd)));
      else if (scan.explicit) errors.push({ file: scan.file, message: 'not a lockfile nor a file that deploys container images' });
    } catch (error) {
      errors.push(toError(error, scan.file));
    }
  }
  const single = paths.length === 1 ? resolve(cwd, paths[0]!) : cwd;
  const bom = assemble(
    projects,
    images,
    {
      includeDev: options.includeDev ?? false,
      reproducible: options.reproducible ?? false,
      name: options.name ?? (basename(single) || 'scan'),
      tool: options.tool ?? { name: 'policygate' },
    },
    notices,
  );
  return { bom: serialize(bom, options.format ?? 'json', options.specVersion ?? '1.6'), components: bom.components.size, errors, notices };
}

export async function validateSbom(file: string): Promise<ValidationResult> {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    return { valid: false, errors: [`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  return validateBomText(text);
}
