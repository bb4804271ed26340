import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateBomText } from '../../src/sbom/validate.js';
import { componentsOf, findVulnerabilities, withVulnerabilities, type SbomComponent, type Vulnerability } from '../../src/vuln/index.js';
import { inRange } from '../../src/vuln/match.js';
import type { OsvRange } from '../../src/vuln/osv.js';
import { SEMVER } from '../../src/vuln/version/index.js';
import { FIXTURES } from './paths.js';

const component = (purl: string): SbomComponent => ({ ref: purl, purl, name: purl, version: purl.split('@')[1]!.split('?')[0], type: 'library', properties: [] });

function scan(purls: string[], feeds: { kev?: string; epss?: string; vex?: string } = {}) {
  return findVulnerabilities(purls.map(component), { db: 'osv', ...feeds }, FIXTURES);
}

/** purl -> ids of the vulnerabilities that affect it. */
function affected(vulnerabilities: Vulnerability[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const vulnerability of vulnerabilities) for (const affect of vulnerability.affects) (out[affect.purl] ??= []).push(vulnerability.id);
  return out;
}

describe('range evaluation', () => {
  const range = (...events: [string, string][]): OsvRange => ({ type: 'SEMVER', events: events.map(([kind, version]) => ({ kind: kind as 'introduced', version })) });
  test('follows introduced and fixed events in version order, whatever order they are listed in', () => {
    const r = range(['fixed', '2.0.0'], ['introduced', '3.0.0'], ['introduced', '1.0.0'], ['fixed', '3.1.0']);
    assert.deepEqual(['0.9.0', '1.0.0', '1.5.0', '2.0.0', '2.5.0', '3.0.0', '3.0.9', '3.1.0', '9.0.0'].map((v) => inRange(v, r, SEMVER)), [false, true, true, false, false, true, true, false, false]);
  });
  test('treats last_affected as inclusive, limit and fixed as exclusive, introduced 0 as the start', () => {
    assert.deepEqual(['0.0.1', '1.2.0', '1.2.1'].map((v) => inRange(v, range(['introduced', '0'], ['last_affected', '1.2.0']), SEMVER)), [true, true, false]);
    assert.deepEqual(['1.0.0', '1.9.9', '2.0.0'].map((v) => inRange(v, range(['introduced', '1.0.0'], ['limit', '2.0.0']), SEMVER)), [true, true, false]);
    assert.equal(inRange('5.0.0', range(['introduced', '0']), SEMVER), true);
  });
  test('lets a fix at the version of an introduction win', () => {
    assert.equal(inRange('1.0.0', range(['introduced', '1.0.0'], ['fixed', '1.0.0']), SEMVER), false);
  });
  test('cannot decide a version outside the order', () => {
    assert.equal(inRange('latest', range(['introduced', '1.0.0']), SEMVER), undefined);
  });
});

describe('matching SBOM components against the fixture database', () => {
  test('npm: ranges with pre-releases, last_affected, withdrawn records ignored', () => {
    const result = scan([
      'pkg:npm/lodash@4.17.20',
      'pkg:npm/lodash@4.17.21',
      'pkg:npm/%40acme/parser@2.0.0-beta.1',
      'pkg:npm/%40acme/parser@2.0.0-beta.10',
      'pkg:npm/%40acme/parser@2.0.0-rc.1',
      'pkg:npm/%40acme/parser@2.1.4',
      'pkg:npm/%40acme/parser@2.1.5',
    ]);
    assert.deepEqual(affected(result.vulnerabilities), {
      'pkg:npm/lodash@4.17.20': ['CVE-2021-23337'],
      'pkg:npm/%40acme/parser@2.0.0-beta.10': ['CVE-2025-10001'],
      'pkg:npm/%40acme/parser@2.1.4': ['CVE-2025-10001'],
    });
    assert.equal(result.database.withdrawn, 1);
    const lodash = result.vulnerabilities.find((v) => v.id === 'CVE-2021-23337')!;
    assert.deepEqual(lodash.aliases, ['GHSA-35jh-r3h4-6jhm']);
    assert.deepEqual(lodash.affects[0]!.fixed, ['4.17.21']);
    assert.deepEqual([lodash.severity.rating, lodash.severity.cvss?.version, lodash.severity.cvss?.score], ['high', '3.1', 7.2]);
    const parser = result.vulnerabilities.find((v) => v.id === 'CVE-2025-10001')!;
    assert.deepEqual([parser.severity.rating, parser.severity.cvss?.version, parser.severity.cvss?.score], ['critical', '4.0', 9.3]);
  });

  test('PyPI: names normalised, aliases merged into one vulnerability, dev and post releases ordered', () => {
    const result = scan(['pkg:pypi/jinja2@2.11.2', 'pkg:pypi/jinja2@2.11.3', 'pkg:pypi/python-dateutil@2.9.0.dev3', 'pkg:pypi/python-dateutil@2.9.0', 'pkg:pypi/python-dateutil@2.9.0.post1', 'pkg:pypi/python-dateutil@2.9.0.post2', 'pkg:pypi/python-dateutil@2.8.2']);
    assert.deepEqual(affected(result.vulnerabilities), {
      'pkg:pypi/jinja2@2.11.2': ['CVE-2020-28493'],
      'pkg:pypi/python-dateutil@2.9.0.dev3': ['PYSEC-test-dev-0001'],
      'pkg:pypi/python-dateutil@2.9.0.post1': ['PYSEC-test-dev-0001'],
    });
    const jinja = result.vulnerabilities.find((v) => v.id === 'CVE-2020-28493')!;
    assert.deepEqual(jinja.records, ['GHSA-g3rq-g295-4j3m', 'PYSEC-2021-66']);
    assert.deepEqual(jinja.aliases, ['GHSA-g3rq-g295-4j3m', 'PYSEC-2021-66']);
    // Only a severity word: GitHub's MODERATE.
    assert.deepEqual(jinja.severity, { rating: 'medium', label: 'MODERATE' });
  });

  test('Go: pseudo-versions and +incompatible majors', () => {
    const result = scan([
      'pkg:golang/golang.org/x/net@v0.0.0-20220722155237-a158d28d115b',
      'pkg:golang/golang.org/x/net@v0.7.0',
      'pkg:golang/github.com/example/legacy@v2.1.0%2Bincompatible',
      'pkg:golang/github.com/example/legacy@v2.3.0%2Bincompatible',
      'pkg:golang/github.com/example/legacy@v1.9.0',
    ]);
    assert.deepEqual(affected(result.vulnerabilities), {
      'pkg:golang/golang.org/x/net@v0.0.0-20220722155237-a158d28d115b': ['CVE-2022-41723'],
      'pkg:golang/github.com/example/legacy@v2.1.0%2Bincompatible': ['CVE-2025-20002'],
    });
  });

  test('Maven: qualifiers in the range bounds', () => {
    const result = scan(['pkg:maven/com.example/example-databind@2.8.11', 'pkg:maven/com.example/example-databind@2.9.0.RC2', 'pkg:maven/com.example/example-databind@2.9.0', 'pkg:maven/com.example/example-databind@2.9.10.1', 'pkg:maven/com.example/example-databind@2.9.10.2']);
    assert.deepEqual(Object.keys(affected(result.vulnerabilities)).sort(), ['pkg:maven/com.example/example-databind@2.9.0', 'pkg:maven/com.example/example-databind@2.9.0.RC2', 'pkg:maven/com.example/example-databind@2.9.10.1']);
  });

  test('Cargo, container images by purl, KEV, EPSS and VEX', () => {
    const result = scan(['pkg:cargo/time@0.1.45', 'pkg:cargo/time@0.2.23', 'pkg:docker/library/nginx@1.19', 'pkg:docker/library/nginx@1.27'], { kev: 'kev.json', epss: 'epss.csv', vex: 'vex.json' });
    assert.deepEqual(affected(result.vulnerabilities), { 'pkg:cargo/time@0.1.45': ['CVE-2020-26235'], 'pkg:docker/library/nginx@1.19': ['CVE-2021-23017'] });
    const time = result.vulnerabilities.find((v) => v.id === 'CVE-2020-26235')!;
    assert.equal(time.counted, false);
    assert.equal(time.affects[0]!.vex?.state, 'not_affected');
    const nginx = result.vulnerabilities.find((v) => v.id === 'CVE-2021-23017')!;
    assert.equal(nginx.counted, true);
    assert.equal(nginx.kev?.dateAdded, '2025-05-20');
    assert.deepEqual(nginx.epss, { cve: 'CVE-2021-23017', epss: 0.93457, percentile: 0.99812 });
    assert.deepEqual(result.feeds, { kev: { file: 'kev.json', entries: 2, version: '2025.06.01' }, epss: { file: 'epss.csv', scores: 4, scoreDate: '2025-06-01T12:55:00Z' }, vex: { file: 'vex.json', statements: 1 } });
  });

  test('lists what it could not decide instead of dropping it', () => {
    const result = scan(['pkg:npm/lodash@latest']);
    assert.deepEqual(result.vulnerabilities, []);
    assert.deepEqual(result.undecided, [{ component: 'pkg:npm/lodash@latest', record: 'GHSA-35jh-r3h4-6jhm', reason: '"latest" or a range bound is not a SemVer 2.0' }]);
  });

  test('writes a vulnerabilities section that validates against the CycloneDX schema', async () => {
    const purls = ['pkg:npm/lodash@4.17.20', 'pkg:pypi/jinja2@2.11.2', 'pkg:cargo/time@0.1.45', 'pkg:docker/library/nginx@1.19'];
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: purls.map((purl) => ({ type: purl.includes('docker') ? 'container' : 'library', 'bom-ref': purl, name: purl.split('/').pop()!.split('@')[0], version: purl.split('@')[1], purl })),
    };
    const components = componentsOf(bom);
    assert.equal(components.length, 4);
    const result = findVulnerabilities(components, { db: 'osv', kev: 'kev.json', epss: 'epss.csv', vex: 'vex.json' }, FIXTURES);
    const text = JSON.stringify(withVulnerabilities(bom, result.vulnerabilities));
    const validation = await validateBomText(text);
    assert.deepEqual(validation.errors, []);
    const section = JSON.parse(text).vulnerabilities as { id: string; analysis?: { state: string }; affects: { versions: { status: string }[] }[]; ratings: { method: string }[] }[];
    assert.deepEqual(section.map((v) => v.id), ['CVE-2020-26235', 'CVE-2020-28493', 'CVE-2021-23017', 'CVE-2021-23337']);
    const time = section.find((v) => v.id === 'CVE-2020-26235')!;
    assert.equal(time.analysis?.state, 'not_affected');
    assert.equal(time.affects[0]!.versions[0]!.status, 'unaffected');
    assert.equal(section.find((v) => v.id === 'CVE-2020-28493')!.ratings[0]!.method, 'other');
  });
});
