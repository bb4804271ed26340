// A whole `policy check` run: discover the files, check each, and select by profile.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover } from '../discover/walk.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import { profileSelects } from '../findings/profiles.js';
import { readBundle, type Bundle } from './bundle.js';
import type { CheckError } from './check.js';
import { Engine } from './engine.js';
import { checkAll, type Job } from './pool.js';

export const BUILTIN_BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '../../../policies/dist/policy.wasm');

export interface RunOptions {
  cwd: string;
  paths: string[];
  /** Extra prebuilt bundles (`--bundle`). */
  bundles: string[];
  /** Evaluate the built-in rule library too (off with `--no-builtin`). */
  builtin: boolean;
  profiles: string[];
  formatOptions: Record<string, unknown>;
  /** Text for a path of `-` (stdin), with the name to report it under. */
  stdin?: { text: string; file: string };
  /** Worker threads; defaults to the machine's parallelism, 1 checks in-process. */
  threads?: number;
}

export interface RunResult {
  findings: Finding[];
  errors: CheckError[];
  files: { checked: number; skipped: number };
  documents: number;
  notes: Record<string, unknown>[];
}

function bundlePaths(options: Pick<RunOptions, 'bundles' | 'builtin'>): string[] {
  return [...(options.builtin ? [BUILTIN_BUNDLE] : []), ...options.bundles];
}

export function loadBundles(options: Pick<RunOptions, 'bundles' | 'builtin'>): Bundle[] {
  return bundlePaths(options).map(readBundle);
}

export async function run(options: RunOptions): Promise<RunResult> {
  // Load (and so validate) every bundle up front: a bad bundle is an error before any work.
  const engine = await Engine.load(loadBundles(options));
  const fromDisk = options.paths.filter((path) => path !== '-');
  const found = discover(fromDisk, options.cwd);
  const result: RunResult = {
    findings: [],
    errors: [...found.errors],
    files: { checked: 0, skipped: 0 },
    documents: 0,
    notes: [],
  };
  const jobs: Job[] = found.files.map((source) => ({ source }));
  if (options.stdin && options.paths.includes('-')) {
    jobs.push({ source: { file: options.stdin.file, absolute: join(options.cwd, options.stdin.file), explicit: true }, text: options.stdin.text });
  }
  const sourceOptions = { cwd: options.cwd, root: scanRoot(options.cwd, fromDisk), formatOptions: options.formatOptions };
  const files = await checkAll(jobs, engine, { bundles: bundlePaths(options), options: sourceOptions }, options.threads);
  for (const file of files) {
    if (file.recognised) result.files.checked++;
    else if (!file.errors.length) result.files.skipped++;
    result.documents += file.documents;
    result.findings.push(...file.findings.filter((finding) => selected(finding, options.profiles)));
    result.errors.push(...file.errors);
    result.notes.push(...file.notes);
  }
  result.findings.sort(compareFindings);
  return result;
}

/** Companion files must lie inside the one directory scanned (or the named file's directory), else the working directory. */
function scanRoot(cwd: string, paths: string[]): string {
  if (paths.length !== 1) return cwd;
  const path = resolve(cwd, paths[0]!);
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return cwd;
  }
}

function selected(finding: Finding, profiles: string[]): boolean {
  return !profiles.length || profiles.some((profile) => profileSelects(profile, finding.controls));
}
