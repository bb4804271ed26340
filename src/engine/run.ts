// A whole `policy check` run: discover the files, check each, and select by profile.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover } from '../discover/walk.js';
import { compareFindings, type Finding, type RawFinding } from '../findings/finding.js';
import type { ParsedDocument } from '../formats/types.js';
import { profileSelects } from '../findings/profiles.js';
import { readBundle, type Bundle } from './bundle.js';
import { parseSource, toFinding, type CheckError, type FileResult, type SourceOptions } from './check.js';
import { Engine, type IndexedDocument } from './engine.js';
import { linkImages, type ImageBuild, type ImageLink } from './links.js';
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
  const located: Finding[] = [];
  for (const file of files) {
    if (file.recognised) result.files.checked++;
    else if (!file.errors.length) result.files.skipped++;
    result.documents += file.documents;
    located.push(...file.findings);
    result.errors.push(...file.errors);
    result.notes.push(...file.notes);
  }
  const across = await runPass(engine, jobs, files, sourceOptions);
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
 * The run pass: rules over the facts of every document at once (cross-resource and cross-kind).
 * Its findings are rare, so the few files they point into are parsed again here to locate them,
 * rather than every worker shipping its source maps back.
 */
async function runPass(engine: Engine, jobs: Job[], files: FileResult[], options: SourceOptions): Promise<{ findings: Finding[]; errors: CheckError[] }> {
  const owners: { job: number; position: number }[] = [];
  const documents: IndexedDocument[] = [];
  files.forEach((file, job) => {
    for (const { position, ...entry } of file.index) {
      owners.push({ job, position });
      documents.push({ id: documents.length, ...entry });
    }
  });
  const findings: Finding[] = [];
  const errors: CheckError[] = [];
  if (!documents.length) return { findings, errors };
  let raw: RawFinding[];
  try {
    raw = await engine.evaluateRun({ documents });
  } catch (error) {
    return { findings, errors: [{ file: '(run)', message: `run-scope rules: ${(error as Error).message}` }] };
  }
  const reparsed = new Map<number, ParsedDocument[]>();
  for (const finding of raw) {
    const owner = typeof finding.document === 'number' ? owners[finding.document] : undefined;
    if (!owner) {
      errors.push({ file: '(run)', message: `run-scope rule ${JSON.stringify(finding.id)} returned a finding without a valid document id` });
      continue;
    }
    if (!reparsed.has(owner.job)) reparsed.set(owner.job, parseSource(jobs[owner.job]!.source, options, jobs[owner.job]!.text).documents);
    const document = reparsed.get(owner.job)![owner.position];
    try {
      if (!document) throw new Error('the document could not be parsed again');
      findings.push(toFinding(engine, finding, document));
    } catch (error) {
      errors.push({ file: jobs[owner.job]!.source.file, message: (error as Error).message });
    }
  }
  return { findings, errors };
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
