// Each ecosystem's hard cases: every list is in ascending order, and every pair in it is
// compared both ways (so a comparator that answers "less" to everything fails).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GO, MAVEN, PEP440, SEMVER, type VersionScheme } from '../../src/vuln/version/index.js';

function ascending(scheme: VersionScheme, versions: string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = 0; j < versions.length; j++) {
      const order = scheme.compare(versions[i]!, versions[j]!);
      assert.equal(order === undefined ? 'unparsed' : Math.sign(order), Math.sign(i - j), `${scheme.name}: ${versions[i]} vs ${versions[j]}`);
    }
  }
}

function same(scheme: VersionScheme, ...versions: string[]): void {
  for (const a of versions) for (const b of versions) assert.equal(scheme.compare(a, b), 0, `${scheme.name}: ${a} = ${b}`);
}

function invalid(scheme: VersionScheme, ...versions: string[]): void {
  for (const version of versions) assert.equal(scheme.compare(version, version), undefined, `${scheme.name}: ${version} is not a version`);
}

describe('SemVer 2.0 (npm, crates.io, OSV SEMVER ranges)', () => {
  test('orders pre-releases below their release, numeric identifiers below alphanumeric ones', () => {
    // The precedence example of semver.org, item 11.
    ascending(SEMVER, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0']);
  });
  test('compares numbers as numbers, however long', () => {
    ascending(SEMVER, ['1.9.0', '1.10.0', '1.10.1', '2.0.0', '10.0.0', '9007199254740993.0.0', '90071992547409930.0.0']);
    ascending(SEMVER, ['1.0.0-2', '1.0.0-10', '1.0.0-a']);
  });
  test('ignores build metadata and tolerates a leading v', () => {
    same(SEMVER, '1.2.3', '1.2.3+build.5', 'v1.2.3', '1.2.3+other');
  });
  test('rejects what is not SemVer', () => {
    invalid(SEMVER, '1.2', '01.2.3', '1.2.3-01', '1.2.3.4', 'latest', '');
  });
});

describe('Go module versions', () => {
  test('orders pseudo-versions between the releases around them', () => {
    ascending(GO, [
      'v0.0.0-20191109021931-daa7c04131f5',
      'v0.0.0-20200101000000-aaaaaaaaaaaa',
      'v0.0.1',
      'v1.2.3',
      'v1.2.4-0.20191109021931-daa7c04131f5', // after v1.2.3, before v1.2.4
      'v1.2.4-pre',
      'v1.2.4-pre.0.20191109021931-daa7c04131f5', // after v1.2.4-pre, before v1.2.4
      'v1.2.4',
      'v1.10.0',
    ]);
  });
  test('ignores +incompatible', () => {
    same(GO, 'v2.0.0+incompatible', 'v2.0.0', '2.0.0');
    ascending(GO, ['v2.0.0+incompatible', 'v2.0.1+incompatible', 'v3.0.0']);
  });
  test('reads the v1 and v1.2 shorthands', () => {
    same(GO, 'v1', 'v1.0', 'v1.0.0');
    same(GO, 'v1.2', 'v1.2.0');
  });
});

describe('PEP 440 (PyPI)', () => {
  test('orders dev, pre, release, post and local segments as the specification lists them', () => {
    // The specification's own summary of the order within a release.
    ascending(PEP440, [
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
    ]);
  });
  test('puts the epoch first', () => {
    ascending(PEP440, ['2024.1', '1!0.1', '1!1.0', '2!0.0.1']);
  });
  test('normalises alternative spellings', () => {
    same(PEP440, '1.0a1', '1.0alpha1', '1.0-a.1', '1.0_ALPHA_1', 'v1.0a1');
    same(PEP440, '1.0c1', '1.0rc1', '1.0pre1', '1.0preview1');
    same(PEP440, '1.0.post1', '1.0-1', '1.0-r1', '1.0rev1', '1.0.post.1');
    same(PEP440, '1.0a', '1.0a0');
    same(PEP440, '1.0.dev', '1.0.dev0', '1.0-dev0');
    same(PEP440, '1.0+ubuntu-1', '1.0+ubuntu.1', '1.0+UBUNTU_1');
  });
  test('ignores trailing zeros in the release', () => {
    same(PEP440, '1', '1.0', '1.0.0', '01.0');
    ascending(PEP440, ['1.0', '1.0.1', '1.1', '1.10']);
  });
  test('rejects what is not PEP 440', () => {
    invalid(PEP440, 'latest', '1.0b2c3', '1.0+', '', '1..0');
  });
});

describe('Maven', () => {
  test('orders qualifiers: alpha < beta < milestone < rc = cr < snapshot < release < sp < others', () => {
    ascending(MAVEN, ['1.0-alpha-1', '1.0-alpha-2', '1.0-beta-1', '1.0-milestone-1', '1.0-rc-1', '1.0-SNAPSHOT', '1.0', '1.0-sp', '1.0-abc', '1.0-xyz', '1.0-1', '1.0.1']);
    ascending(MAVEN, ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1']);
    same(MAVEN, '1.0-rc1', '1.0-cr1', '1.0RC1', '1.0-CR-1');
  });
  test('trims null values (0, ga, final, release) at the end and before each hyphen', () => {
    same(MAVEN, '1', '1.0', '1.0.0', '1-0', '1.0-0', '1.ga', '1-ga', '1.final', '1-RELEASE', '1.', '1-');
    same(MAVEN, '1-1', '1-ga-1');
    same(MAVEN, '1-foo', '1.0.0-foo.0.0');
    same(MAVEN, '2.0.0.Final', '2.0.0');
  });
  test('splits at transitions between digits and letters, with a, b, m as short forms', () => {
    same(MAVEN, '1a', '1-a', '1.0-a', '1.0.0a');
    same(MAVEN, '1a1', '1-alpha-1');
    same(MAVEN, '1b2', '1-beta-2');
    same(MAVEN, '1m3', '1-milestone-3', '1MILESTONE3');
    ascending(MAVEN, ['1-foo2', '1-foo10']);
  });
  test('orders separators: .qualifier < -qualifier < -number < .number', () => {
    ascending(MAVEN, ['1.0.0', '1.0-1', '1.0.1']);
    ascending(MAVEN, ['2.0-1', '2.0.1']);
    ascending(MAVEN, ['2.0.1', '2.0.1-xyz', '2.0.1-123']);
    ascending(MAVEN, ['1-sp-1', '1-1']);
    ascending(MAVEN, ['1-ga.1', '1-sp.1']);
  });
  test('compares numbers of any size and without leading zeros', () => {
    same(MAVEN, '1.1', '1.01', '1.001');
    ascending(MAVEN, ['20190126.230843', '1234567890.12345', '123456789012345.1H.5-beta', '12345678901234567890.1H.5-beta']);
    ascending(MAVEN, ['6.1.0rc3', '6.1.0', '6.1H.5-beta']);
  });
});
