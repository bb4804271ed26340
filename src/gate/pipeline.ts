// `policy check` as a gate: load the config, run the engine on the working tree (and, with
// --base, on the base commit too), post-process each side, compare with the baseline, decide.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { defaultConfig, findConfig, loadConfig, searchStart, type Config } from '../config/load.js';
import { ruleIds } from '../config/patterns.js';
import { ruleSelection } from '../config/rules.js';
import { discover } from '../discover/walk.js';
import type { ImageBuild } from '../engine/links.js';
import { loadBundles, run, type RunResult } from '../engine/run.js';
import type { RuleMeta, Severity } from '../findings/finding.js';
import type { WaiverEntry } from '../findings/waivers.js';
import { detectFormat } from '../formats/index.js';
import { baselineOf, classify, readBaseline, type BaselineEntry } from './baseline.js';
import { decide, type Decision } from './decide.js';
import { GateError } from './error.js';
import { evaluateSide, pathScope, readText, type CheckedFile, type Side, type SideContext, type SourceFile } from './evaluate.js';
import { changedFiles, materialize, repositoryRoot, resolveCommit } from './git.js';

export interface GateOptions {
  cwd: string;
  paths: string[];
  stdin?: { text: string; file: string };
  /** --config; otherwise the nearest .policygate.yaml upward from the scanned paths. */
  config?: string;
  /** --profile; otherwise the config's profiles. */
  profiles: string[];
  bundles: string[];
  builtin: boolean;
  formatOptions: Record<string, unknown>;
  threads?: number;
  /** --severity-threshold; otherwise the config's gate.severity, else high. */
  severity?: Severity;
  /** Compare with a baseline file written by `policy baseline create`. */
  baseline?: string;
  /** Compare with a git ref: check only the files changed since, on both sides. */
  base?: string;
  softFail: boolean;
  allowErrors: boolean;
  /** YYYY-MM-DD: waivers expire against this date. */
  today: string;
}

export interface Comparison {
  kind: 'baseline' | 'git';
  /** The baseline file, or the ref as given and the commit it resolved to. */
  source: string;
  commit?: string;
  fixed: BaselineEntry[];
}

export interface GateOutcome {
  config: Config;
  /** The working tree's side, post-processed: findings carry `suppressed` and `baselineState`. */
  result: RunResult;
  decision: Decision;
  waivers: WaiverEntry[];
  comparison?: Comparison;
  /** The recognised input files checked, with their kind (JUnit lists a test per rule and file). */
  checked: CheckedFile[];
  /** The rules that ran, with severity overrides applied (SARIF and JUnit describe them). */
  rules: RuleMeta[];
  /** Things worth saying on stderr that do not stop the run, e.g. a config id that matches no rule. */
  warnings: string[];
}

export function configFor(options: Pick<GateOptions, 'config' | 'paths' | 'cwd'>): Config {
  if (options.config !== undefined) {
    const file = resolve(options.cwd, options.config);
    if (!existsSync(file)) throw new GateError(`--config ${options.config}: no such file`);
    return loadConfig(file, options.cwd);
  }
  const found = findConfig(searchStart(options.paths, options.cwd));
  return found ? loadConfig(found, options.cwd) : defaultConfig(options.cwd);
}

export async function runGate(options: GateOptions): Promise<GateOutcome> {
  const config = configFor(options);
  const selection = ruleSelection(config.rules, options.profiles.length ? options.profiles : config.profiles);
  const catalog = loadBundles(options).flatMap((bundle) => bundle.catalog);
  const context = { config, selection, today: options.today, patternCwd: options.cwd };
  const { head, comparison } = options.base !== undefined ? await againstBase(options, options.base, context) : await againstTree(options, context);
  const decision = decide(head.result.findings, head.result.errors.length, {
    severity: options.severity ?? config.gate.severity ?? 'high',
    ...(config.gate.maxNewFindings !== undefined ? { maxNewFindings: config.gate.maxNewFindings } : {}),
    ...(config.gate.risk !== undefined ? { risk: config.gate.risk } : {}),
    softFail: options.softFail,
    allowErrors: options.allowErrors,
  });
  return {
    config,
    result: head.result,
    decision,
    waivers: head.waivers,
    ...(comparison ? { comparison } : {}),
    checked: head.checked,
    rules: catalog
      .filter((rule) => selection.selects(rule.id, rule.controls))
      .map((rule) => ({ ...rule, severity: selection.severity(rule.id, rule.severity) })),
    warnings: unknownRuleIds(config, catalog),
  };
}

type Shared = Pick<SideContext, 'config' | 'selection' | 'today' | 'patternCwd'>;

async function againstTree(options: GateOptions, shared: Shared): Promise<{ head: Side; comparison?: Comparison }> {
  const raw = await run({ ...options, profiles: [], builds: configuredBuilds(shared.config, options.cwd) });
  const onDisk = discover(options.paths.filter((path) => path !== '-'), options.cwd).files.map(
    (found): SourceFile => ({ file: found.file, read: () => readText(found.absolute) }),
  );
  const stdin = options.stdin;
  const sources = stdin && options.paths.includes('-') ? [...onDisk, { file: stdin.file, read: () => stdin.text }] : onDisk;
  const head = evaluateSide(raw, { ...shared, cwd: options.cwd, sources });
  if (options.baseline === undefined) return { head };
  const scanned = options.paths.map((path) => (path === '-' ? undefined : resolve(options.cwd, path)));
  const classified = classify(head.result.findings, readBaseline(options.baseline, options.cwd), {
    reason: `in baseline ${options.baseline}`,
    lapsed: head.lapsed,
    inScope: (file) => (stdin && file === stdin.file && scanned.includes(undefined)) || scanned.some((path) => path !== undefined && within(resolve(options.cwd, file), path)),
  });
  return {
    head: { ...head, result: { ...head.result, findings: classified.findings } },
    comparison: { kind: 'baseline', source: options.baseline, fixed: classified.fixed },
  };
}

async function againstBase(options: GateOptions, ref: string, shared: Shared): Promise<{ head: Side; comparison: Comparison }> {
  if (options.paths.includes('-')) throw new GateError('--base compares files in git and cannot read stdin; compare a stream with --baseline instead');
  const root = await repositoryRoot(options.cwd);
  const commit = await resolveCommit(root, ref);
  const scanned = options.paths.map((path) => resolve(options.cwd, path));
  const changes = (await changedFiles(root, commit)).filter((change) => scanned.some((path) => within(join(root, change.path ?? change.basePath!), path)));
  const temporary = mkdtempSync(join(tmpdir(), 'policygate-base-'));
  try {
    const renames = changes.flatMap((change) => (change.path && change.basePath && change.path !== change.basePath ? [{ from: change.basePath, to: change.path }] : []));
    await materialize(root, commit, scanned.map((path) => relative(root, path).split(sep).join('/')), renames, temporary);
    const baseCwd = join(temporary, relative(root, options.cwd));
    mkdirSync(baseCwd, { recursive: true });
    const inScope = pathScope(shared.config, options.cwd);
    // Each side checks the changed files that are inputs there: a changed README is no error.
    const inputs = (tree: string, cwd: string, files: string[]): SourceFile[] =>
      files
        .map((path) => relative(cwd, join(tree, path)).split(sep).join('/'))
        .filter((file) => inScope(file))
        .map((file): SourceFile => ({ file, read: () => readText(resolve(cwd, file)) }))
        .filter((source) => {
          const text = source.read();
          return text !== undefined && detectFormat(source.file, text) !== undefined;
        });
    const headSources = inputs(root, options.cwd, changes.flatMap((change) => (change.path ? [change.path] : [])));
    const baseSources = inputs(temporary, baseCwd, changes.flatMap((change) => (change.basePath ? [change.path ?? change.basePath] : [])));
    const side = async (cwd: string, sources: SourceFile[]) => {
      const raw = sources.length ? await run({ ...options, cwd, paths: sources.map((source) => source.file), profiles: [], builds: configuredBuilds(shared.config, options.cwd) }) : emptyRun();
      return evaluateSide(raw, { ...shared, cwd, sources });
    };
    const head = await side(options.cwd, headSources);
    const base = await side(baseCwd, baseSources);
    const looked = new Set([...headSources, ...baseSources].map((source) => source.file));
    const classified = classify(head.result.findings, baselineOf(base.result.findings), {
      reason: `present at ${ref}`,
      lapsed: head.lapsed,
      inScope: (file) => looked.has(file),
    });
    // The base's errors do not fail the gate (the change may fix them); its findings then count as new.
    const notes = [...head.result.notes, ...base.result.errors.map((error) => ({ side: 'base', ref, ...error }))];
    return {
      head: { ...head, result: { ...head.result, findings: classified.findings, notes } },
      comparison: { kind: 'git', source: ref, commit, fixed: classified.fixed },
    };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

function emptyRun(): RunResult {
  return { findings: [], errors: [], files: { checked: 0, skipped: 0 }, documents: 0, notes: [] };
}

/** The config's image mappings, relative to the working directory (each side's run resolves them in its own tree). */
function configuredBuilds(config: Config, cwd: string): ImageBuild[] {
  return config.images.map((entry) => ({ dockerfile: relative(cwd, resolve(config.dir, entry.dockerfile)), image: entry.image }));
}

function within(absolute: string, scanned: string): boolean {
  return absolute === scanned || absolute.startsWith(scanned.endsWith(sep) ? scanned : scanned + sep);
}

function unknownRuleIds(config: Config, catalog: readonly RuleMeta[]): string[] {
  if (!catalog.length) return [];
  const entries: [string, string[]][] = [
    ['rules.enable', config.rules.enable],
    ['rules.disable', config.rules.disable],
    ['rules.severity', Object.keys(config.rules.severity)],
  ];
  return entries.flatMap(([key, patterns]) =>
    patterns.filter((pattern) => !catalog.some((rule) => ruleIds([pattern])(rule.id)) && !/-SUPPRESS-001$/i.test(pattern)).map((pattern) => `${config.file}: ${key}: ${pattern} matches no rule`),
  );
}
