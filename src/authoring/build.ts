// Compiles a policy tree to WASM with `opa build` and derives the rule catalog from its METADATA.
// Used for the built-in library (npm run build:policies) and for users' own policy directories.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { untar } from '../engine/bundle.js';
import { RUN_ENTRYPOINT } from '../engine/engine.js';
import { isSeverity, type RuleMeta } from '../findings/finding.js';
import type { Kind } from '../formats/types.js';
import { writeAtomic } from '../util/atomic.js';

export const KINDS: readonly Kind[] = ['k8s', 'arm', 'sshd', 'firewall', 'dockerfile'];
const TITLE_VOICE = /^(Require|Disallow|Enforce|Restrict|Limit)\b/;

export class PolicyBuildError extends Error {}

interface InspectAnnotation {
  annotations: { scope?: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { value: string }[];
}

interface Inspection {
  namespaces?: Record<string, string[]>;
  annotations?: InspectAnnotation[];
}

export function opaPath(explicit?: string): string {
  const local = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.tools/bin/opa');
  const candidates = [explicit, process.env['OPA_PATH'], local].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path)) ?? 'opa';
}

function opa(binary: string, args: string[]): string {
  try {
    return execFileSync(binary, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; stdout?: string };
    if (failure.code === 'ENOENT') throw new PolicyBuildError(`opa not found; install it with scripts/install-opa.sh, or pass --opa / set OPA_PATH`);
    throw new PolicyBuildError(`opa ${args[0]} failed:\n${(failure.stderr || failure.stdout || '').trim()}`);
  }
}

/**
 * The catalog of every rule in `dirs`, checked like ESLint checks its rule metadata:
 * each rule package carries a complete METADATA block, and ids are unique.
 */
export function buildCatalog(dirs: string[], binary = opaPath()): RuleMeta[] {
  const inspection = JSON.parse(opa(binary, ['inspect', '--annotations', '--format', 'json', ...dirs])) as Inspection;
  const problems: string[] = [];
  const rules = new Map<string, RuleMeta & { file: string }>();
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
    if (!isSeverity(rule.severity)) problems.push(`${where}: severity ${JSON.stringify(rule.severity)} is not one of critical, high, medium, low, info`);
    if (!TITLE_VOICE.test(rule.title)) problems.push(`${where}: title "${rule.title}" should start with Require, Disallow, Enforce, Restrict or Limit`);
    const clash = rules.get(rule.id);
    if (clash) problems.push(`${where}: rule id ${rule.id} is already used by ${clash.file}`);
    rules.set(rule.id, { ...rule, file: where });
  }
  for (const [namespace, files] of Object.entries(inspection.namespaces ?? {})) {
    const path = namespace.split('.').slice(1);
    if (KINDS.includes(path[0] as Kind) && path.length === 3 && !path[2]!.endsWith('_test') && !described.has(path.join('.'))) {
      problems.push(`${files[0]}: package ${namespace} has no package-scoped METADATA block`);
    }
  }
  if (problems.length) throw new PolicyBuildError(`rule metadata problems:\n  ${problems.join('\n  ')}`);
  return [...rules.values()].map(({ file: _file, ...rule }) => rule).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Compiles `dirs` into policy.wasm (one entrypoint per kind, one for the run scope) and writes it with its catalog into `outDir`. */
export function buildBundle(dirs: string[], outDir: string, binary = opaPath()): { rules: number } {
  const catalog = buildCatalog(dirs, binary);
  const work = mkdtempSync(join(tmpdir(), 'policygate-build-'));
  try {
    const archive = join(work, 'bundle.tar.gz');
    const entrypoints = [...KINDS.map((kind) => `main/${kind}`), RUN_ENTRYPOINT].flatMap((entrypoint) => ['-e', entrypoint]);
    opa(binary, ['build', '-t', 'wasm', ...entrypoints, '--ignore', '*_test.rego', '--ignore', 'dist', '-o', archive, ...dirs]);
    const files = untar(gunzipSync(readFileSync(archive)));
    const wasm = files.get('policy.wasm');
    if (!wasm) throw new PolicyBuildError('opa build produced no policy.wasm');
    mkdirSync(outDir, { recursive: true });
    writeAtomic(join(outDir, 'policy.wasm'), wasm);
    writeAtomic(join(outDir, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
    return { rules: catalog.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

