// Compiled user policy directories, cached by content: `policy check --policy <dir>` and
// `policy test <dir>` rebuild only when something the build reads has changed, and a cache hit
// does not run opa at all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RuleMeta } from '../findings/finding.js';
import { HOST_BUILTINS, SDK_BUILTINS } from '../engine/builtins.js';
import { buildPolicyBundle, builtinCatalog, POLICIES_DIR, policyDirectory, projectSources } from './build.js';
import { sdkCapabilities } from './capabilities.js';

/** Bump when the build itself changes what it writes for the same inputs. */
const CACHE_FORMAT = 'policygate-policy-bundle/1';

export interface CacheOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The opa that builds on a miss (see opaPath); its identity is part of the key. */
  binary: string;
}

/** $XDG_CACHE_HOME/policygate when set, else .cache/policygate under the working directory. */
function cacheDir(cwd: string, env: NodeJS.ProcessEnv): string {
  const xdg = env['XDG_CACHE_HOME'];
  return xdg ? join(resolve(cwd, xdg), 'policygate') : join(cwd, '.cache', 'policygate');
}

/** The Rego files opa build reads from a policy directory: hidden entries and tests left out, as its --ignore does. */
function regoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return regoFiles(path);
    return entry.name.endsWith('.rego') && !entry.name.endsWith('_test.rego') ? [path] : [];
  });
}

/**
 * sha256 of everything the build depends on: the directory's Rego files (relative path and
 * content), the project's entrypoints and helpers, the built-in catalog (ids a rule may not
 * take), the builtins the engine implements, and the opa binary. The binary is identified by
 * its real path, size and modification time rather than `opa version`, so that a hit runs nothing.
 */
function cacheKey(dir: string, binary: string): string {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0`);
  const add = (label: string, content: string | Buffer) => hash.update(`${label}\0${content.length}\0`).update(content);
  for (const file of regoFiles(dir).sort()) add(`policy:${relative(dir, file)}`, readFileSync(file));
  for (const file of projectSources()) add(`project:${relative(POLICIES_DIR, file)}`, readFileSync(file));
  add('builtin-catalog', JSON.stringify(builtinCatalog().map((rule) => rule.id)));
  add('capabilities', JSON.stringify(sdkCapabilities()));
  add('implemented', [...SDK_BUILTINS, ...Object.keys(HOST_BUILTINS)].sort().join(','));
  const real = realpathSync(binary);
  const stat = statSync(real);
  add('opa', `${real}\0${stat.size}\0${stat.mtimeMs}`);
  return hash.digest('hex');
}

export interface CachedBundle {
  file: string;
  /** The rules, when it was built now; absent when it came from the cache. */
  built?: RuleMeta[];
}

/** The compiled bundle of `dir`, built on a cache miss. */
export function cachedPolicyBundle(dir: string, options: CacheOptions): CachedBundle {
  const file = join(cacheDir(options.cwd, options.env), `${cacheKey(policyDirectory(dir, options.cwd), options.binary)}.tar.gz`);
  if (existsSync(file)) return { file };
  return { file, built: buildPolicyBundle(dir, file, { binary: options.binary, cwd: options.cwd }) };
}
