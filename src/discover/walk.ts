// Turns the paths a user named into the files to check, honouring .gitignore files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { IgnoreRules } from './gitignore.js';

/** Directories that never hold policy input and are expensive to walk. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.terraform']);

export interface FoundFile {
  /** The path as reported: relative to the working directory, forward slashes. */
  file: string;
  absolute: string;
  /** Named by the user rather than found in a directory: it must be a recognised input. */
  explicit: boolean;
}

export interface DiscoveryError {
  file: string;
  message: string;
}

export function discover(paths: string[], cwd: string): { files: FoundFile[]; errors: DiscoveryError[] } {
  const files: FoundFile[] = [];
  const errors: DiscoveryError[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, explicit: boolean) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ file: display(cwd, absolute), absolute, explicit });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      errors.push({ file: path, message: 'no such file or directory' });
      continue;
    }
    if (stats.isDirectory()) walk(absolute, '', IgnoreRules.empty, (file) => add(file, false));
    else add(absolute, true);
  }
  return { files, errors };
}

function walk(root: string, dir: string, inherited: IgnoreRules, visit: (absolute: string) => void): void {
  const absoluteDir = join(root, dir);
  let rules = inherited;
  try {
    rules = rules.extend(readFileSync(join(absoluteDir, '.gitignore'), 'utf8'), dir);
  } catch {
    // no .gitignore here
  }
  const entries = readdirSync(absoluteDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!ALWAYS_SKIPPED.has(entry.name) && !rules.ignores(path, true)) walk(root, path, rules, visit);
    } else if (entry.isFile() && !rules.ignores(path, false)) visit(join(root, path));
  }
}

function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') ? rel : absolute).split(sep).join('/');
}
