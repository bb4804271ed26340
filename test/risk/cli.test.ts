// End to end: `policy check --vuln-db` and `policy risk` over the fixture change and the fixture
// OSV database (directory and zip), the gate's risk threshold, the SBOM with its vulnerabilities,
// and `policy db info`.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import type { Report } from '../../src/report/model.js';
import type { RiskReport } from '../../src/risk/change.js';
import { validateBomText } from '../../src/sbom/validate.js';
import { runCli, tempDir } from '../helpers.js';
import { FIXTURES } from '../vuln/paths.js';
import { writeZip } from '../vuln/zip-writer.js';

const repo = join(import.meta.dirname, '../../..');
const CHANGE = join(repo, 'test/risk/fixtures/change');
const OSV = join(FIXTURES, 'osv');

/** A copy of the fixture change with the fixture feeds beside it, so that paths in messages are short. */
function workspace(extra: Record<string, string> = {}): string {
  const dir = tempDir(extra);
  cpSync(CHANGE, join(dir, 'change'), { recursive: true });
  cpSync(FIXTURES, join(dir, 'feeds'), { recursive: true });
  return dir;
}

const FEEDS = ['--vuln-db', 'feeds/osv', '--kev', 'feeds/kev.json', '--epss', 'feeds/epss.csv', '--vex', 'feeds/vex.json'];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? jsonFiles(join(dir, name)) : name.endsWith('.json') ? [join(dir, name)] : []));
}

describe('policy check --vuln-db', () => {
  test('reports the vulnerabilities of every lockfile and image, merged, VEX applied, in the risk', async () => {
    const cwd = workspace();
    const { code, stdout } = await runCli(['check', 'change', ...FEEDS, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(report.errors, []);
    assert.equal(code, 1);
    const risk = report.risk!;
    const vulnerabilities = risk.vulnerabilities!;
    assert.deepEqual(
      vulnerabilities.list.map((v) => [v.id, v.affects.map((a) => a.purl).join(' '), v.counted]),
      [
        ['CVE-2020-26235', 'pkg:cargo/time@0.1.45', false],
        ['CVE-2020-28493', 'pkg:pypi/jinja2@2.11.2', true],
        ['CVE-2021-23017', 'pkg:docker/library/nginx@1.19', true],
        ['CVE-2021-23337', 'pkg:npm/lodash@4.17.20', true],
        ['CVE-2022-41723', 'pkg:golang/golang.org/x/net@v0.0.0-20220722155237-a158d28d115b', true],
        ['CVE-2025-10001', 'pkg:npm/%40acme/parser@2.1.4', true],
      ],
    );
    assert.deepEqual([vulnerabilities.total, vulnerabilities.counted, vulnerabilities.database.records, vulnerabilities.database.withdrawn], [6, 5, 11, 1]);
    const compound = risk.compounds.find((item) => item.id === 'RISK-COMPOUND-001')!;
    assert.equal(compound.where, 'change/deploy/web.yaml: Deployment/prod/web');
    assert.deepEqual(compound.parts, [
      'exposure: Deployment/prod/web in change/deploy/web.yaml (selected by Service/prod/web (Service/prod/web is of type LoadBalancer))',
      'image: docker.io/library/nginx:1.19 is named by tag, not by digest',
      'vulnerabilities: CVE-2021-23017 (high)',
    ]);
    assert.deepEqual([risk.score, risk.rating], [100, 'critical']);
    assert.deepEqual(risk.factors.map((factor) => factor.name).sort(), ['epss', 'internet-exposure', 'known-exploited', 'production']);
    assert.equal(risk.contributors[0]!.contribution, 50);
  });

  test('reads OSV zip archives the same as the directory', async () => {
    const cwd = workspace();
    writeZip(join(cwd, 'all.zip'), jsonFiles(OSV).map((file) => ({ name: relative(OSV, file), data: readFileSync(file) })));
    const fromZip = JSON.parse((await runCli(['check', 'change', '--vuln-db', 'all.zip', '--format', 'json'], { cwd })).stdout) as Report;
    const fromDirectory = JSON.parse((await runCli(['check', 'change', '--vuln-db', 'feeds/osv', '--format', 'json'], { cwd })).stdout) as Report;
    assert.deepEqual(fromZip.risk!.vulnerabilities!.list, fromDirectory.risk!.vulnerabilities!.list);
    assert.equal(fromZip.risk!.vulnerabilities!.database.records, 11);
  });

  test('shows the risk in text output, and blocks on the config\'s gate.risk', async () => {
    const cwd = workspace({ '.policygate.yaml': 'gate:\n  severity: critical\n  risk: 90\n' });
    const text = await runCli(['check', 'change', ...FEEDS], { cwd });
    assert.match(text.stdout, /^risk 100\/100 \(critical\): top CVE-2021-23017 10, RISK-COMPOUND-001 10, /m);
    assert.equal(text.code, 1);
    const report = JSON.parse((await runCli(['check', 'change', ...FEEDS, '--format', 'json'], { cwd })).stdout) as Report;
    assert.deepEqual(report.decision.risk, { threshold: 90, score: 100 });
    assert.ok(report.decision.reasons.includes('risk 100 reaches the threshold 90'), report.decision.reasons.join('; '));
    const hardened = tempDir({ '.policygate.yaml': 'gate:\n  risk: 50\n' });
    cpSync(join(repo, 'examples/k8s/hardened-workload.yaml'), join(hardened, 'app.yaml'));
    const passed = await runCli(['check', 'app.yaml', '--format', 'json'], { cwd: hardened });
    assert.equal(passed.code, 0);
    assert.deepEqual((JSON.parse(passed.stdout) as Report).decision.risk, { threshold: 50, score: 0 });
  });

  test('scores the risk without a database too, and fails closed on a broken database record', async () => {
    const cwd = workspace({ 'db/broken.json': '{"id": "X-1"}' });
    const plain = JSON.parse((await runCli(['check', 'change', '--format', 'json'], { cwd })).stdout) as Report;
    assert.ok(plain.risk!.score > 0);
    assert.equal(plain.risk!.vulnerabilities, undefined);
    cpSync(OSV, join(cwd, 'db/osv'), { recursive: true });
    const broken = await runCli(['check', 'change', '--vuln-db', 'db', '--format', 'json'], { cwd });
    assert.equal(broken.code, 2);
    assert.deepEqual((JSON.parse(broken.stdout) as Report).errors, [{ file: 'db/broken.json', message: 'vulnerability database: X-1: no modified date' }]);
    const allowed = await runCli(['check', 'change', '--vuln-db', 'db', '--allow-errors', '--format', 'json'], { cwd });
    assert.equal(allowed.code, 1);
  });

  test('refuses feeds without a database, and a database that is not there', async () => {
    const cwd = workspace();
    const feeds = await runCli(['check', 'change', '--kev', 'feeds/kev.json'], { cwd });
    assert.deepEqual([feeds.code, feeds.stderr], [2, 'policy: --kev needs --vuln-db\n']);
    const missing = await runCli(['check', 'change', '--vuln-db', 'nowhere'], { cwd });
    assert.deepEqual([missing.code, missing.stderr], [2, 'policy: nowhere: no such file or directory\n']);
    writeFileSync(join(cwd, 'bad-kev.json'), '{"vulnerabilities": [{"cveID": "nope"}]}');
    const kev = await runCli(['check', 'change', '--vuln-db', 'feeds/osv', '--kev', 'bad-kev.json'], { cwd });
    assert.deepEqual([kev.code, kev.stderr], [2, 'policy: bad-kev.json: vulnerabilities[0] has no valid cveID\n']);
  });
});

describe('policy risk', () => {
  test('prints the score with its top contributors, factors and vulnerabilities', async () => {
    const cwd = workspace();
    const { code, stdout } = await runCli(['risk', 'change', ...FEEDS], { cwd });
    assert.equal(code, 0);
    assert.match(stdout, /^Risk 100\/100 \(critical\) from \d+ findings, 5 vulnerabilities, 1 compound weakness\n/);
    assert.match(stdout, /^ {2}10\.0 {2}CVE-2021-23017 +vulnerability pkg:docker\/library\/nginx@1\.19 \(\+50 points\)$/m);
    assert.match(stdout, /known-exploited ≥9 \(CVE-2021-23017 is in CISA KEV since 2025-05-20\)/);
    assert.match(stdout, /^Factors applied:\n {2}internet-exposure ×1\.3 on \d+ items: /m);
    assert.match(stdout, /^Vulnerabilities: 6 found in 10 of 10 components \(1 not affected per VEX\), 11 records in feeds\/osv \(1 withdrawn\), matched in \d+ ms$/m);
  });

  test('exits 1 at --threshold, and writes the SBOM with its vulnerabilities', async () => {
    const cwd = workspace();
    const { code } = await runCli(['risk', 'change', ...FEEDS, '--threshold', '100', '--sbom', 'out/bom.cdx.json'], { cwd });
    assert.equal(code, 1);
    const text = readFileSync(join(cwd, 'out/bom.cdx.json'), 'utf8');
    assert.deepEqual((await validateBomText(text)).errors, []);
    const bom = JSON.parse(text) as { components: { purl?: string }[]; vulnerabilities: { id: string; affects: { ref: string }[] }[] };
    assert.equal(bom.vulnerabilities.length, 6);
    const refs = new Set(bom.components.map((component) => component.purl));
    for (const vulnerability of bom.vulnerabilities) for (const affect of vulnerability.affects) assert.ok(refs.has(affect.ref), `${vulnerability.id} affects ${affect.ref}, a component of the SBOM`);
    const below = await runCli(['risk', join(repo, 'examples/k8s/hardened-workload.yaml'), '--threshold', '1'], { cwd });
    assert.equal(below.code, 0);
    const matchAlone = await runCli(['risk', 'change', '--match-sbom', 'x.json'], { cwd });
    assert.deepEqual([matchAlone.code, matchAlone.stderr], [2, 'policy: --match-sbom needs --vuln-db\n']);
  });

  test('matches an SBOM given with --match-sbom instead of building one', async () => {
    const cwd = workspace();
    await runCli(['risk', 'change', '--vuln-db', 'feeds/osv', '--sbom', 'bom.json'], { cwd });
    const { stdout } = await runCli(['risk', 'change/deploy', '--vuln-db', 'feeds/osv', '--match-sbom', 'bom.json', '--format', 'json'], { cwd });
    const risk = (JSON.parse(stdout) as { risk: RiskReport }).risk;
    assert.equal(risk.vulnerabilities!.total, 6);
  });
});

describe('policy db info', () => {
  test('counts records per ecosystem, withdrawn ones, and the newest modified date', async () => {
    const { code, stdout } = await runCli(['db', 'info', 'osv'], { cwd: FIXTURES });
    assert.equal(code, 0);
    assert.equal(stdout, ['osv: 11 records (1 withdrawn), newest modified 2025-06-01T00:00:00Z', '  Docker           1', '  Go               2', '  Maven            1', '  PyPI             3', '  crates.io        1', '  npm              3', ''].join('\n'));
    const json = JSON.parse((await runCli(['db', 'info', 'osv', '--format', 'json'], { cwd: FIXTURES })).stdout) as { records: number; ecosystems: Record<string, number> };
    assert.equal(json.records, 11);
    assert.equal(json.ecosystems['PyPI'], 3);
  });

  test('exits 2 on records it cannot read, naming them, and on a path that is not there', async () => {
    const cwd = tempDir({ 'db/ok.json': readFileSync(join(OSV, 'npm/GHSA-35jh-r3h4-6jhm.json'), 'utf8'), 'db/bad.json': '[1]' });
    const { code, stdout, stderr } = await runCli(['db', 'info', 'db'], { cwd });
    assert.equal(code, 2);
    assert.match(stdout, /^db: 1 record \(0 withdrawn\)/);
    assert.equal(stderr, 'policy: db/bad.json: not an OSV record (no id)\n');
    assert.equal((await runCli(['db', 'info', 'nowhere'], { cwd })).code, 2);
  });
});
