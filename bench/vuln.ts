// Vulnerability matching benchmark: generates an OSV database of 100,000 records in OSV's
// layout (one all.zip per ecosystem, and the same records as a directory of JSON files) and an
// SBOM of 2,000 components across npm, PyPI, Go, Maven and crates.io, then times matching the
// SBOM against the database (streaming every record), `db info`, and `policy risk` end to end on
// a generated 2,000-package npm lockfile.
// Run: npx tsc && node build/bench/vuln.js [records] [components]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main as cli } from '../src/cli/main.js';
import { databaseInfo } from '../src/vuln/database.js';
import { findVulnerabilities, type SbomComponent } from '../src/vuln/index.js';
import { writeZip } from '../test/vuln/zip-writer.js';
import { generateLockfile } from './sbom.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ecosystem {
  name: string;
  share: number;
  /** The i-th package name (the npm ones are those generateLockfile uses). */
  package: (i: number) => string;
  purl: (name: string, version: string) => string;
  version: (major: number, minor: number, patch: number) => string;
  range: 'SEMVER' | 'ECOSYSTEM';
}

const ECOSYSTEMS: Ecosystem[] = [
  { name: 'npm', share: 0.4, package: (i) => (i % 10 === 3 ? `@scope-${i % 7}/pkg-${i}` : `pkg-${i}`), purl: (n, v) => `pkg:npm/${n.replace('@', '%40')}@${v}`, version: (a, b, c) => `${a}.${b}.${c}`, range: 'SEMVER' },
  { name: 'PyPI', share: 0.2, package: (i) => `py_lib.${i}`, purl: (n, v) => `pkg:pypi/${n.toLowerCase().replace(/[._]/g, '-')}@${v}`, version: (a, b, c) => (c === 2 ? `${a}.${b}.post1` : `${a}.${b}.${c}`), range: 'ECOSYSTEM' },
  { name: 'Go', share: 0.15, package: (i) => `github.com/org${i % 97}/mod${i}`, purl: (n, v) => `pkg:golang/${n}@v${v}`, version: (a, b, c) => `${a}.${b}.${c}`, range: 'SEMVER' },
  { name: 'Maven', share: 0.15, package: (i) => `org.example${i % 53}:artifact-${i}`, purl: (n, v) => `pkg:maven/${n.replace(':', '/')}@${v}`, version: (a, b, c) => (c === 1 ? `${a}.${b}.0.RC1` : `${a}.${b}.${c}`), range: 'ECOSYSTEM' },
  { name: 'crates.io', share: 0.1, package: (i) => `crate_${i}`, purl: (n, v) => `pkg:cargo/${n}@${v}`, version: (a, b, c) => `${a}.${b}.${c}`, range: 'SEMVER' },
];

/** Packages per ecosystem that records target: more records than packages, as in OSV. */
const PACKAGES = 20_000;

function record(ecosystem: Ecosystem, n: number, next: () => number): object {
  const pkg = ecosystem.package(Math.floor(next() * PACKAGES));
  const fixedMajor = 1 + Math.floor(next() * 6);
  const fixed = ecosystem.version(fixedMajor, Math.floor(next() * 13), 0);
  const id = `GHSA-${n.toString(36).padStart(4, '0')}-bnch-${ecosystem.name.length}x${n % 9}`;
  const cvss = ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N', 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N'][n % 3]!;
  return {
    schema_version: '1.6.0',
    id,
    modified: `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z`,
    published: '2024-06-01T00:00:00Z',
    aliases: [`CVE-2024-${10000 + n}`],
    summary: `Generated advisory ${n} for ${pkg}`,
    details: `A crafted input can make ${pkg} misbehave. `.repeat(8),
    severity: [{ type: 'CVSS_V3', score: cvss }],
    affected: [
      {
        package: { ecosystem: ecosystem.name, name: pkg },
        ranges: [{ type: ecosystem.range, events: [{ introduced: n % 4 === 0 ? '0' : ecosystem.version(fixedMajor - 1, 0, 0) }, { fixed }] }],
        database_specific: { source: `https://github.com/advisories/${id}` },
      },
    ],
    references: [
      { type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/CVE-2024-${10000 + n}` },
      { type: 'WEB', url: `https://example.test/${pkg}/issues/${n}` },
      { type: 'PACKAGE', url: `https://example.test/${pkg}` },
    ],
    database_specific: { severity: 'HIGH', cwe_ids: ['CWE-20'] },
  };
}

function* records(ecosystem: Ecosystem, count: number, offset: number): Generator<{ name: string; data: string }> {
  const next = random(offset + 7);
  for (let n = offset; n < offset + count; n++) {
    const value = record(ecosystem, n, next) as { id: string };
    yield { name: `${value.id}.json`, data: JSON.stringify(value) };
  }
}

function components(count: number): SbomComponent[] {
  const next = random(99);
  const out: SbomComponent[] = [];
  for (const ecosystem of ECOSYSTEMS) {
    const share = Math.round(count * ecosystem.share);
    for (let i = 0; i < share && out.length < count; i++) {
      const name = ecosystem.package(Math.floor(next() * PACKAGES));
      const version = ecosystem.version(Math.floor(next() * 7), Math.floor(next() * 13), Math.floor(next() * 3));
      const purl = ecosystem.purl(name, version);
      out.push({ ref: purl, purl, name, version, type: 'library', properties: [] });
    }
  }
  return out;
}

function timed<T>(what: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = what();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const componentCount = Number(process.argv[3] ?? 2_000);
  const dir = mkdtempSync(join(tmpdir(), 'policygate-bench-vuln-'));
  try {
    let offset = 0;
    const generated = timed(() => {
      for (const ecosystem of ECOSYSTEMS) {
        const count = Math.round(total * ecosystem.share);
        mkdirSync(join(dir, 'zip', ecosystem.name), { recursive: true });
        mkdirSync(join(dir, 'json', ecosystem.name), { recursive: true });
        writeZip(join(dir, 'zip', ecosystem.name, 'all.zip'), records(ecosystem, count, offset));
        for (const entry of records(ecosystem, count, offset)) writeFileSync(join(dir, 'json', ecosystem.name, entry.name), entry.data);
        offset += count;
      }
    });
    console.log(`database: ${offset} records generated in ${(generated.ms / 1000).toFixed(1)} s (one all.zip per ecosystem, and as JSON files)`);
    const sbom = components(componentCount);
    console.log(`SBOM: ${sbom.length} components (${ECOSYSTEMS.map((e) => `${e.name} ${Math.round(componentCount * e.share)}`).join(', ')})`);

    for (const layout of ['zip', 'json'] as const) {
      const runs: number[] = [];
      let result;
      for (let run = 0; run < 3; run++) {
        const { ms, value } = timed(() => findVulnerabilities(sbom, { db: join(dir, layout) }, dir));
        runs.push(ms);
        result = value;
      }
      const sorted = [...runs].sort((a, b) => a - b);
      const found = result!;
      console.log(
        `match (${layout === 'zip' ? 'zip archives' : 'directory of JSON'}): ${found.database.records} records streamed, ${found.database.matchedRecords} matched, ` +
          `${found.vulnerabilities.length} vulnerabilities in ${found.vulnerabilities.reduce((n, v) => n + v.affects.length, 0)} component pairs, ${found.undecided.length} undecided; ` +
          `median of 3 ${sorted[1]!.toFixed(0)} ms (runs ${runs.map((ms) => ms.toFixed(0)).join(', ')})`,
      );
    }
    const info = timed(() => databaseInfo(join(dir, 'zip'), 'zip'));
    console.log(`db info (zip): ${info.value.records} records in ${info.ms.toFixed(0)} ms`);

    // End to end: policy risk on a 2,000-package npm lockfile (SBOM built, matched, scored).
    const tree = join(dir, 'app');
    mkdirSync(tree);
    const { manifest, lock } = generateLockfile(componentCount);
    writeFileSync(join(tree, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(tree, 'package-lock.json'), JSON.stringify(lock));
    let output = '';
    const start = performance.now();
    const code = await cli(['node', 'policy', 'risk', 'app', '--vuln-db', 'zip', '--format', 'json'], {
      stdout: (text) => void (output += text),
      stderr: (text) => process.stderr.write(text),
      readStdin: () => '',
      cwd: dir,
      env: {},
      isTTY: false,
    });
    const risk = (JSON.parse(output) as { risk: { score: number; vulnerabilities: { total: number; components: { total: number }; milliseconds: number } } }).risk;
    console.log(
      `policy risk app --vuln-db zip: exit ${code}, ${risk.vulnerabilities.components.total} components, ${risk.vulnerabilities.total} vulnerabilities, ` +
        `risk ${risk.score}; ${(performance.now() - start).toFixed(0)} ms in all, of which matching ${risk.vulnerabilities.milliseconds} ms`,
    );
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
