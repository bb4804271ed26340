// SBOM benchmark: generates a package-lock.json (v3) of 2,000 packages shaped like a real tree
// (scoped names, a DAG of dependencies, nested duplicate versions), then times buildSbom on it
// and compares its component count with `npm sbom` on the same lockfile.
// Run: npx tsc && node build/bench/sbom.js [packages]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSbom } from '../src/sbom/index.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same tree. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entry {
  version: string;
  resolved: string;
  integrity: string;
  license: string;
  dependencies?: Record<string, string>;
}

/** `count` lockfile entries: every package reachable from the root, one in twenty a nested second version. */
export function generateLockfile(count: number): { manifest: object; lock: object } {
  const next = random(42);
  const nestedCount = Math.floor(count / 20);
  const top = count - nestedCount;
  const names = Array.from({ length: top }, (_, i) => (i % 10 === 3 ? `@scope-${i % 7}/pkg-${i}` : `pkg-${i}`));
  const entry = (name: string, version: string): Entry => ({
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
    integrity: `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`,
    license: next() < 0.8 ? 'MIT' : 'Apache-2.0',
  });
  const dependencies = names.map(() => new Set<string>());
  const direct = names.slice(0, 30);
  names.forEach((name, i) => {
    // Every package has a dependent among the 200 before it, so all are reachable; some get more.
    if (i >= direct.length) dependencies[i - 1 - Math.floor(next() * Math.min(200, i))]!.add(name);
    if (i >= 1 && next() < 0.5) dependencies[Math.max(0, i - 1 - Math.floor(next() * Math.min(50, i)))]!.add(name);
  });
  const packages: Record<string, Entry> = {};
  names.forEach((name, i) => {
    const pkg = entry(name, `${1 + (i % 5)}.${i % 13}.${i % 3}`);
    if (dependencies[i]!.size) pkg.dependencies = Object.fromEntries([...dependencies[i]!].map((dep) => [dep, '*']));
    packages[`node_modules/${name}`] = pkg;
  });
  // Nested second versions: a package that needs an older copy of one of its dependencies, chosen
  // among dependencies that keep another dependent, so no top-level entry is left extraneous.
  const dependents = new Map<string, number>();
  for (const set of dependencies) for (const dep of set) dependents.set(dep, (dependents.get(dep) ?? 0) + 1);
  for (let k = 0, i = 0; k < nestedCount && i < top * 4; i++) {
    const parent = names[(i * 37) % top]!;
    const child = Object.keys(packages[`node_modules/${parent}`]!.dependencies ?? {}).find((dep) => dependents.get(dep)! > 1);
    if (!child || packages[`node_modules/${parent}/node_modules/${child}`]) continue;
    dependents.set(child, dependents.get(child)! - 1);
    packages[`node_modules/${parent}/node_modules/${child}`] = entry(child, `0.0.${k++}`);
  }
  const rootDependencies = Object.fromEntries(direct.map((name) => [name, '*']));
  const manifest = { name: 'bench-app', version: '1.0.0', dependencies: rootDependencies };
  return {
    manifest,
    lock: { name: 'bench-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'bench-app', version: '1.0.0', dependencies: rootDependencies }, ...packages } },
  };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'policygate-bench-sbom-'));
  try {
    const { manifest, lock } = generateLockfile(count);
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const lockText = JSON.stringify(lock, null, 2);
    writeFileSync(join(dir, 'package-lock.json'), lockText);
    const entries = Object.keys((lock as { packages: object }).packages).length - 1;
    console.log(`lockfile: ${entries} packages, ${(lockText.length / 1024).toFixed(0)} KiB`);

    const times: number[] = [];
    let components = 0;
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      const result = await buildSbom([dir], { cwd: dir, reproducible: true });
      times.push(performance.now() - start);
      components = result.components;
      if (result.errors.length) throw new Error(JSON.stringify(result.errors));
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`policygate buildSbom: ${components} components (${components - 1} packages + the project root)`);
    console.log(`  first run ${times[0]!.toFixed(0)} ms, median of 7 ${sorted[3]!.toFixed(0)} ms, best ${sorted[0]!.toFixed(0)} ms`);

    const start = performance.now();
    const npm = execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--package-lock-only', '--offline'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const npmMs = performance.now() - start;
    console.log(`npm sbom: ${(JSON.parse(npm) as { components: unknown[] }).components.length} components in ${npmMs.toFixed(0)} ms (one run, process start included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
