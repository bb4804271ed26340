// A whole `policy check` run: discover the files, check each, and select by profile.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover } from '../discover/walk.js';
import { compareFindings, type Finding, type RawFinding } from '../findings/finding.js';
import { profileSelects } from '../findings/profiles.js';
import { readBundle, type Bundle } from './bundle.js';
import type { CheckError, FileResult, Located } from './check.js';
import { Engine, type IndexedDocument } from './engine.js';
import { linkImages, type ImageBuild, type ImageLink } from './links.js';
import { Pool, type Job, type LocateRequest } from './pool.js';

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
  /** Images the config says Dockerfiles build, besides those their labels name. */
  builds?: ImageBuild[];
}

export interface RunResult {
  findings: Finding[];
  errors: CheckError[];
  files: { checked: number; skipped: number };
  documents: number;
  notes: Record<string, unknown>[];
  /** Images built by a Dockerfile of the run, with the resources of the run that run them (absent: none). */
  links?: ImageLink[];
  /** Every document's facts, as the run-scope rules saw them: the risk scorer reads them rather than parsing again. */
  index?: DocumentFacts[];
}

export type DocumentFacts = Pick<IndexedDocument, 'kind' | 'file' | 'resource' | 'facts'>;

/** The built-in bundle (unless left out) and the user's, resolved against the run's working directory. */
function bundlePaths(options: Pick<RunOptions, 'bundles' | 'builtin' | 'cwd'>): string[] {
  return [...(options.builtin ? [BUILTIN_BUNDLE] : []), ...options.bundles.map((bundle) => resolve(options.cwd, bundle))];
}

export function loadBundles(options: Pick<RunOptions, 'bundles' | 'builtin' | 'cwd'>): Bundle[] {
  return bundlePaths(options).map(readBundle);
}

export async function run(options: RunOptions): Promise<RunResult> {
  // Load (and so validate) every bundle up front: a bad bundle is an error before any work.
  return runWith(await Engine.load(loadBundles(options)), options);
}

/** A run with an engine already loaded (fixture suites reuse one engine for every case). */
export async function runWith(engine: Engine, options: RunOptions): Promise<RunResult> {
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
  const pool = Pool.open(engine, { bundles: bundlePaths(options), options: sourceOptions }, jobs.length, options.threads);
  let files: FileResult[];
  let across: Located;
  try {
    files = await pool.run(jobs.map((job) => ({ type: 'check' as const, job })));
    across = await runPass(engine, pool, jobs, files);
  } finally {
    pool.close();
  }
  const located: Finding[] = [];
  for (const file of files) {
    if (file.recognised) result.files.checked++;
    else if (!file.errors.length) result.files.skipped++;
    result.documents += file.documents;
    located.push(...file.findings);
    result.errors.push(...file.errors);
    result.notes.push(...file.notes);
  }
  located.push(...across.findings);
  result.errors.push(...across.errors);
  const index = files.flatMap((file) => file.index);
  const linked = linkImages(located, index, options.builds ?? [], options.cwd);
  result.links = linked.links;
  result.index = index.map(({ kind, file, resource, facts }) => ({ kind, file, resource, facts }));
  result.findings = linked.findings.filter((finding) => selected(finding, options.profiles)).sort(compareFindings);
  return result;
}

/**
 * The run pass: rules over the facts of every document at once (cross-resource and cross-kind),
 * evaluated here; the files their findings name are parsed again, in the pool, to locate them.
 */
async function runPass(engine: Engine, pool: Pool, jobs: Job[], files: FileResult[]): Promise<Located> {
  const owners: { job: number; position: number }[] = [];
  const documents: IndexedDocument[] = [];
  files.forEach((file, job) => {
    for (const { position, ...entry } of file.index) {
      owners.push({ job, position });
      documents.push({ id: documents.length, ...entry });
    }
  });
  if (!documents.length) return { findings: [], errors: [] };
  let raw: RawFinding[];
  try {
    raw = await engine.evaluateRun({ documents });
  } catch (error) {
    return { findings: [], errors: [{ file: '(run)', message: `run-scope rules: ${(error as Error).message}` }] };
  }
  const errors: CheckError[] = [];
  const requests = new Map<number, LocateRequest[]>();
  for (const finding of raw) {
    const owner = typeof finding.document === 'number' ? owners[finding.document] : undefined;
    if (!owner) {
      errors.push({ file: '(run)', message: `run-scope rule ${JSON.stringify(finding.id)} returned a finding without a valid document id` });
      continue;
    }
    const list = requests.get(owner.job) ?? [];
    list.push({ position: owner.position, raw: finding });
    requests.set(owner.job, list);
  }
  const located = await pool.run([...requests].map(([job, list]) => ({ type: 'locate' as const, job: jobs[job]!, requests: list })));
  return { findings: located.flatMap((file) => file.findings), errors: [...errors, ...located.flatMap((file) => file.errors)] };
}

/** Companion files must lie inside the one directory scanned (or the named file's directory), else the working directory. */
export function scanRoot(cwd: string, paths: readonly string[]): string {
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
