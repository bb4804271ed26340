// The files an SBOM is built from: lockfiles by name, and files an image extractor may read.
// Directories are walked in sorted order; dependency and VCS folders are not descended into.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ImageExtractor } from './images/index.js';
import type { LockfileParser } from './model.js';

/** Installed dependencies, VCS data and package-manager caches: never the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', '.yarn', '.pnpm-store', '.venv', '__pycache__']);

export interface ScanFile {
  /** Absolute path. */
  path: string;
  /** As reported to the user: relative to the working directory, with `/`. */
  file: string;
  /** The directory the scan started from: companion files must lie inside it. */
  root: string;
  lockfile?: LockfileParser;
  /** Named on the command line: it must be something the SBOM can read. */
  explicit: boolean;
}

export interface Discovery {
  files: ScanFile[];
  errors: { file: string; message: string }[];
}

export function reportedPath(cwd: string, path: string): string {
  return (relative(cwd, path) || '.').split(sep).join('/');
}

export function discover(paths: string[], cwd: string, lockfiles: readonly LockfileParser[], extractors: readonly ImageExtractor[]): Discovery {
  const files = new Map<string, ScanFile>();
  const errors: Discovery['errors'] = [];
  const consider = (path: string, root: string, explicit: boolean) => {
    const name = basename(path);
    const lockfile = lockfiles.find((parser) => parser.matches(name));
    if (lockfile || explicit || extractors.some((extractor) => extractor.candidate(path))) {
      if (!files.has(path)) files.set(path, { path, file: reportedPath(cwd, path), root, lockfile, explicit });
    }
  };
  const walk = (dir: string, root: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, root);
      } else if (entry.isFile()) consider(path, root, false);
    }
  };
  for (const given of paths.length ? paths : ['.']) {
    const path = resolve(cwd, given);
    try {
      if (statSync(path).isDirectory()) walk(path, path);
      else consider(path, resolve(path, '..'), true);
    } catch (error) {
      errors.push({ file: reportedPath(cwd, path), message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  return { files: [...files.values()], errors };
}
