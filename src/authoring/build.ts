// Compiles a policy tree to WASM with `opa build` and derives the rule catalog from its METADATA.
// Used for the built-in library (npm run build:policies) and for users' own policy directories,
// which are compiled together with the project's entrypoints and helper library, so that a
// user's rule is written exactly like a built-in one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { untar } from '../engine/bundle.js';
import { HOST_BUILTINS, SDK_BUILTINS } from '../engine/builtins.js';
import { RUN_ENTRYPOINT } from '../engine/engine.js';
import { isSeverity, type RuleMeta } from '../findings/finding.js';
import { parseFixDeclarations, type FixDeclaration } from '../fix/declaration.js';
import type { Kind } from '../formats/types.js';
import { writeAtomic } from '../util/atomic.js';
import { engineCapabilities, type Capabilities } from './capabilities.js';
import { AuthoringError } from './errors.js';
import { tarGz } from './tar.js';

export const KINDS: readonly Kind[] = ['k8s', 'arm', 'sshd', 'firewall', 'dockerfile'];
const TITLE_VOICE = /^(Require|Disallow|Enforce|Restrict|Limit)\b/;
/** Package roots a policy tree may use: one per kind for rules, lib for helpers, main for the entrypoints. */
const ROOTS = new Set<string>([...KINDS, 'lib', 'main']);

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const POLICIES_DIR = join(PROJECT, 'policies');
const BUILTIN_CATALOG = join(POLICIES_DIR, 'dist/catalog.json');
const LOCAL_OPA = join(PROJECT, '.tools/bin/opa');

/**
 * What the loader skips: unit tests (not part of a bundle), hidden entries, and JSON/YAML files,
 * which opa would otherwise load as data: a policy directory holds its fixtures in the real
 * format, and rules keep their constants in Rego.
 */
const IGNORE = ['*_test.rego', '.*', '*.json', '*.yaml', '*.yml'];
const ENTRYPOINTS = [...KINDS.map((kind) => `main/${kind}`), RUN_ENTRYPOINT];

export class PolicyBuildError extends AuthoringError {}

const OPA_MISSING = [
  'opa was not found (looked at --opa, $OPA_PATH, .tools/bin/opa and $PATH).',
  'Install the pinned version with scripts/install-opa.sh (needs Go), or',
  '`go install github.com/open-policy-agent/opa@v1.22.4`, then pass --opa <path> or set OPA_PATH.',
  'Prebuilt bundles need no opa: `policy check --bundle bundle.tar.gz`.',
].join('\n');

interface InspectAnnotation {
  annotations: { scope?: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { value: string }[];
}

interface Inspection {
  namespaces?: Record<string, string[]>;
  annotations?: InspectAnnotation[];
}

export interface OpaOptions {
  binary: string;
  /** Where opa runs: paths in its messages are relative to it. */
  cwd?: string;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The opa to use: --opa, then $OPA_PATH (both must exist when given), the project's .tools/bin, $PATH. */
export function opaPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const [given, source] of [
    [explicit, '--opa'],
    [env['OPA_PATH'], 'OPA_PATH'],
  ] as const) {
    if (!given) continue;
    if (!isExecutable(given)) throw new PolicyBuildError(`${source} ${given}: no executable opa there\n${OPA_MISSING}`);
    return given;
  }
  const onPath = (env['PATH'] ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'opa'));
  const found = [LOCAL_OPA, ...onPath].find(isExecutable);
  if (!found) throw new PolicyBuildError(OPA_MISSING);
  return found;
}

/** Added to opa's "undefined function" for a builtin (a function of data.* is a typo, not a builtin). */
const UNSUPPORTED_HINT =
  `policygate evaluates the builtins OPA compiles into WebAssembly, plus ${[...SDK_BUILTINS, ...Object.keys(HOST_BUILTINS)].sort().join(', ')} ` +
  '(docs/writing-policies.md, "Builtins").';

function execOpa(args: string[], options: OpaOptions): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(options.binary, args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new PolicyBuildError(`${options.binary}: cannot run opa (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})\n${OPA_MISSING}`);
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs opa; its stdout, or a PolicyBuildError carrying its message. */
function opa(args: string[], options: OpaOptions): string {
  const result = execOpa(args, options);
  if (result.status === 0) return result.stdout;
  // "error: 1 error occurred during loading: a.rego:3: ..." reads better as the bare list of errors.
  const output = (result.stderr || result.stdout)
    .trim()
    .replace(/^(error: )?(\d+ errors? occurred[^:]*:\s*)?/, '')
    .replace(/^/gm, '  ');
  throw new PolicyBuildError(`opa ${args[0]} failed:\n${output}${/undefined function (?!data\.)/.test(output) ? `\n${UNSUPPORTED_HINT}` : ''}`);
}

/** `data.k8s["every"].rule` (a keyword is quoted) is data, k8s, every, rule. */
function segments(namespace: string): string[] {
  return [...namespace.matchAll(/\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)].map((match) => (match[1] !== undefined ? (JSON.parse(`"${match[1]}"`) as string) : match[2]!));
}

/** The 1-based line of a Rego file's package statement (the first statement of every module). */
function packageLine(file: string, cwd: string): number | undefined {
  try {
    const index = readFileSync(resolve(cwd, file), 'utf8').split('\n').findIndex((line) => /^package\s/.test(line));
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

export interface CatalogOptions {
  /** Rules a new rule may not take the id of (the built-in library, for a user's directory). */
  reserved?: readonly RuleMeta[];
  cwd?: string;
}

/**
 * The catalog of every rule in `dirs`, checked like ESLint checks its rule metadata:
 * each rule package sits at <kind>.<family>.<rule> and carries a complete METADATA block,
 * and ids are unique (among themselves and against `reserved`).
 */
export function buildCatalog(dirs: string[], binary = opaPath(), options: CatalogOptions = {}): RuleMeta[] {
  const cwd = options.cwd ?? process.cwd();
  const inspection = JSON.parse(opa(['inspect', '--annotations', '--format', 'json', ...dirs], { binary, cwd })) as Inspection;
  const problems: string[] = [];
  const rules = new Map<string, RuleMeta & { file: string }>();
  const reserved = new Map((options.reserved ?? []).map((rule) => [rule.id, rule]));
  const described = new Set<string>();
  for (const entry of inspection.annotations ?? []) {
    const path = entry.path.slice(1).map((segment) => segment.value);
    const where = `${entry.location.file}:${entry.location.row}`;
    const kind = path[0] as Kind;
    if (entry.annotations.scope !== 'package' || !KINDS.includes(kind)) continue;
    described.add(path.join('.'));
    const custom = entry.annotations.custom ?? {};
    const missing = ['id', 'severity', 'remediation', 'message'].filter((key) => typeof custom[key] !== 'string' || !custom[key]);
    if (!entry.annotations.title) missing.unshift('title');
    if (!entry.annotations.description) missing.unshift('description');
    if (missing.length) {
      problems.push(`${where}: METADATA lacks ${missing.join(', ')}`);
      continue;
    }
    const rule: RuleMeta = {
      id: custom['id'] as string,
      title: entry.annotations.title!,
      description: entry.annotations.description!.trim(),
      severity: custom['severity'] as RuleMeta['severity'],
      kind,
      controls: Array.isArray(custom['controls']) ? (custom['controls'] as unknown[]).map(String) : [],
      remediation: custom['remediation'] as string,
      message: custom['message'] as string,
    };
    let fix: FixDeclaration[] = [];
    try {
      fix = parseFixDeclarations(custom['fix']);
    } catch (error) {
      problems.push(`${where}: custom.${(error as Error).message}`);
    }
    if (fix.length) rule.fix = fix;
    if (!isSeverity(rule.severity)) problems.push(`${where}: severity ${JSON.stringify(rule.severity)} is not one of critical, high, medium, low, info`);
    if (!TITLE_VOICE.test(rule.title)) problems.push(`${where}: title "${rule.title}" should start with Require, Disallow, Enforce, Restrict or Limit`);
    const clash = rules.get(rule.id);
    if (clash) problems.push(`${where}: rule id ${rule.id} is already used by ${clash.file}`);
    const builtin = reserved.get(rule.id);
    if (builtin) problems.push(`${where}: rule id ${rule.id} is already used by the built-in rule "${builtin.title}"; choose another id`);
    rules.set(rule.id, { ...rule, file: where });
  }
  for (const [namespace, files] of Object.entries(inspection.namespaces ?? {})) {
    const path = segments(namespace).slice(1);
    if (path[path.length - 1]!.endsWith('_test')) continue;
    const line = packageLine(files[0]!, cwd);
    const where = `${files[0]}${line ? `:${line}` : ''}`;
    if (!ROOTS.has(path[0]!)) {
      problems.push(`${where}: package ${path.join('.')} is never evaluated: rules go in ${KINDS.join(', ')}.<family>.<rule>, helpers in lib.<name>`);
    } else if (KINDS.includes(path[0] as Kind) && path.length !== 3) {
      problems.push(`${where}: package ${path.join('.')} is never evaluated: a rule's package is ${path[0]}.<family>.<rule> (main.${path[0]} collects data.${path[0]}[_][_].deny)`);
    } else if (KINDS.includes(path[0] as Kind) && !described.has(path.join('.'))) {
      problems.push(`${where}: package ${path.join('.')} has no package-scoped METADATA block (title, description, custom: id, severity, remediation, message) right above it`);
    }
  }
  if (problems.length) throw new PolicyBuildError(`rule metadata problems:\n  ${problems.join('\n  ')}`);
  return [...rules.values()].map(({ file: _file, ...rule }) => rule).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The project's entrypoints and helper library (tests left out), which every user policy tree is built with. */
export function projectSources(): string[] {
  const lib = join(POLICIES_DIR, 'lib');
  const helpers = readdirSync(lib)
    .filter((name) => name.endsWith('.rego') && !name.endsWith('_test.rego'))
    .sort()
    .map((name) => join(lib, name));
  return [join(POLICIES_DIR, 'main.rego'), ...helpers];
}

export function builtinCatalog(): RuleMeta[] {
  return existsSync(BUILTIN_CATALOG) ? (JSON.parse(readFileSync(BUILTIN_CATALOG, 'utf8')) as RuleMeta[]) : [];
}

/**
 * `opa build -t wasm` of `paths` with one entrypoint per kind plus the run scope, under the
 * engine's capabilities: a builtin the engine cannot evaluate is a build error at its line.
 */
function compile(paths: string[], options: OpaOptions): Map<string, Buffer> {
  const work = mkdtempSync(join(tmpdir(), 'policygate-build-'));
  try {
    const current = JSON.parse(opa(['capabilities', '--current'], options)) as Capabilities;
    const capabilities = join(work, 'capabilities.json');
    writeFileSync(capabilities, JSON.stringify(engineCapabilities(current)));
    const archive = join(work, 'bundle.tar.gz');
    const flags = [...ENTRYPOINTS.flatMap((entrypoint) => ['-e', entrypoint]), ...IGNORE.flatMap((pattern) => ['--ignore', pattern])];
    opa(['build', '-t', 'wasm', '--capabilities', capabilities, ...flags, '-o', archive, ...paths], options);
    const files = untar(gunzipSync(readFileSync(archive)));
    if (!files.has('policy.wasm')) throw new PolicyBuildError('opa build produced no policy.wasm');
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Compiles `dirs` into policy.wasm (one entrypoint per kind, one for the run scope) and writes it with its catalog into `outDir`. */
export function buildBundle(dirs: string[], outDir: string, binary = opaPath()): { rules: number } {
  const catalog = buildCatalog(dirs, binary);
  const files = compile(dirs, { binary });
  mkdirSync(outDir, { recursive: true });
  writeAtomic(join(outDir, 'policy.wasm'), files.get('policy.wasm')!);
  writeAtomic(join(outDir, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
  return { rules: catalog.length };
}

/** The absolute path of a policy directory, which must exist. */
export function policyDirectory(dir: string, cwd: string): string {
  const absolute = resolve(cwd, dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new PolicyBuildError(`${dir}: no such policy directory`);
  return absolute;
}

/**
 * Compiles a user's policy directory with the project's entrypoints and helpers into a bundle
 * `out` (.tar.gz: /policy.wasm, /data.json, /.manifest and /catalog.json). Refuses a rule without
 * complete METADATA or with the id of a built-in rule, naming the file and line.
 */
export function buildPolicyBundle(dir: string, out: string, options: Required<OpaOptions>): RuleMeta[] {
  policyDirectory(dir, options.cwd);
  const catalog = buildCatalog([dir], options.binary, { reserved: builtinCatalog(), cwd: options.cwd });
  if (!catalog.length) throw new PolicyBuildError(`${dir}: no rules found (a rule is <kind>/<family>/<rule>.rego with a METADATA block; \`policy new\` makes one)`);
  const files = compile([dir, ...projectSources()], options);
  const entries: [string, Uint8Array][] = [
    ['/policy.wasm', files.get('policy.wasm')!],
    ['/data.json', files.get('data.json') ?? Buffer.from('{}')],
    ...(files.has('.manifest') ? [['/.manifest', files.get('.manifest')!] as [string, Uint8Array]] : []),
    ['/catalog.json', Buffer.from(`${JSON.stringify(catalog, null, 2)}\n`)],
  ];
  mkdirSync(dirname(resolve(options.cwd, out)), { recursive: true });
  writeAtomic(resolve(options.cwd, out), tarGz(entries));
  return catalog;
}

export interface UnitTestResult {
  passed: boolean;
  output: string;
}

/** `opa test` over a policy directory with the project's helpers; failing tests are a result, a broken file an error. */
export function runRegoTests(dir: string, options: Required<OpaOptions>): UnitTestResult {
  const flags = IGNORE.filter((pattern) => pattern !== '*_test.rego').flatMap((pattern) => ['--ignore', pattern]);
  const result = execOpa(['test', ...flags, dir, ...projectSources()], options);
  // opa test exits 2 when tests fail, and 1 when it cannot load or compile them.
  if (result.status === 0 || result.status === 2) return { passed: result.status === 0, output: result.stdout.trim() };
  throw new PolicyBuildError(`opa test failed:\n${(result.stderr || result.stdout).trim()}`);
}
