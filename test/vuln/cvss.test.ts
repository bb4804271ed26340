import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import cvss from 'ae-cvss-calculator';
import fc from 'fast-check';
import { CvssError, cvssRating, scoreCvss3, scoreVector } from '../../src/vuln/cvss/index.js';

// FIRST, "CVSS v3.1: Examples" (first.org/cvss/v3.1/examples): vector and published base score.
const V31_EXAMPLES: [string, string, number][] = [
  ['CVE-2013-1937 phpMyAdmin reflected XSS', 'AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVE-2013-0375 MySQL stored SQL injection', 'AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
  ['CVE-2014-3566 SSLv3 POODLE', 'AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
  ['CVE-2012-1516 VMware guest to host escape', 'AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
  ['CVE-2009-0783 Apache Tomcat XML parser', 'AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L', 4.2],
  ['CVE-2012-0384 Cisco IOS command execution', 'AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2015-1098 Apple iWork denial of service', 'AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 7.8],
  ['CVE-2014-0160 OpenSSL Heartbleed', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVE-2014-6271 GNU Bash Shellshock', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVE-2008-1447 DNS Kaminsky bug', 'AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N', 6.8],
  ['CVE-2014-2005 Sophos login screen bypass', 'AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8],
  ['CVE-2010-0467 Joomla directory traversal', 'AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N', 5.8],
  ['CVE-2012-1342 Cisco access control bypass', 'AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N', 5.8],
  ['CVE-2013-6014 Juniper proxy ARP denial of service', 'AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H', 9.3],
  ['CVE-2014-9253 DokuWiki reflected XSS', 'AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4],
  ['CVE-2009-0658 Adobe Acrobat buffer overflow', 'AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 7.8],
  ['CVE-2011-1265 Microsoft Windows Bluetooth RCE', 'AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2014-2019 Apple iOS security control bypass', 'AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N', 4.6],
  ['CVE-2015-0970 SearchBlox CSRF', 'AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2014-0224 OpenSSL CCS injection', 'AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N', 7.4],
  ['CVE-2012-5376 Google Chrome sandbox bypass', 'AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H', 9.6],
  ['CVE-2016-1645 Google Chrome PDFium JPEG 2000 RCE', 'AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
];

const BASE_VALUES: [string, string[]][] = [
  ['AV', ['N', 'A', 'L', 'P']],
  ['AC', ['L', 'H']],
  ['PR', ['N', 'L', 'H']],
  ['UI', ['N', 'R']],
  ['S', ['U', 'C']],
  ['C', ['H', 'L', 'N']],
  ['I', ['H', 'L', 'N']],
  ['A', ['H', 'L', 'N']],
];
const OTHER_VALUES: [string, string[]][] = [
  ['E', ['X', 'H', 'F', 'P', 'U']],
  ['RL', ['X', 'U', 'W', 'T', 'O']],
  ['RC', ['X', 'C', 'R', 'U']],
  ['CR', ['X', 'H', 'M', 'L']],
  ['IR', ['X', 'H', 'M', 'L']],
  ['AR', ['X', 'H', 'M', 'L']],
  ['MAV', ['X', 'N', 'A', 'L', 'P']],
  ['MAC', ['X', 'L', 'H']],
  ['MPR', ['X', 'N', 'L', 'H']],
  ['MUI', ['X', 'N', 'R']],
  ['MS', ['X', 'U', 'C']],
  ['MC', ['X', 'H', 'L', 'N']],
  ['MI', ['X', 'H', 'L', 'N']],
  ['MA', ['X', 'H', 'L', 'N']],
];

function everyBaseVector(): string[] {
  return BASE_VALUES.reduce<string[]>((vectors, [name, values]) => vectors.flatMap((vector) => values.map((value) => `${vector}/${name}:${value}`)), ['']).map((v) => v.slice(1));
}

const reference = (version: '3.0' | '3.1', vector: string) => new (version === '3.1' ? cvss.Cvss3P1 : cvss.Cvss3P0)(`CVSS:${version}/${vector}`).calculateScores();

describe('CVSS v3.x', () => {
  test('scores the specification examples as published', () => {
    for (const [name, vector, score] of V31_EXAMPLES) {
      assert.equal(scoreCvss3(`CVSS:3.1/${vector}`).base, score, name);
      assert.equal(scoreCvss3(`CVSS:3.0/${vector}`).base, score, `${name} (v3.0)`);
    }
  });

  test('scores every base vector as an independent calculator does, in both versions', () => {
    const vectors = everyBaseVector();
    assert.equal(vectors.length, 2592);
    for (const version of ['3.0', '3.1'] as const) {
      for (const vector of vectors) assert.equal(scoreCvss3(`CVSS:${version}/${vector}`).base, reference(version, vector).base, `CVSS:${version}/${vector}`);
    }
  });

  test('scores temporal and environmental metrics as an independent calculator does', () => {
    const pick = (values: string[]) => fc.constantFrom(...values);
    const vector = fc.tuple(fc.tuple(...BASE_VALUES.map(([, values]) => pick(values))), fc.tuple(...OTHER_VALUES.map(([, values]) => pick(values))), fc.constantFrom('3.0' as const, '3.1' as const));
    fc.assert(
      fc.property(vector, ([base, other, version]) => {
        const text = [...BASE_VALUES.map(([name], i) => `${name}:${base[i]}`), ...OTHER_VALUES.map(([name], i) => `${name}:${other[i]}`)].join('/');
        const ours = scoreCvss3(`CVSS:${version}/${text}`);
        const theirs = reference(version, text);
        const anyTemporal = ['E', 'RL', 'RC'].some((name) => other[OTHER_VALUES.findIndex(([n]) => n === name)] !== 'X');
        if (anyTemporal) assert.equal(ours.temporal, theirs.temporal, `temporal of CVSS:${version}/${text}`);
        if (ours.environmental !== undefined) assert.equal(ours.environmental, theirs.environmental, `environmental of CVSS:${version}/${text}`);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  test('rounds up as each version specifies', () => {
    // Base 5.0 × RC:U 0.92 is 4.6000000000000005 in floating point: v3.0's Roundup gives 4.7,
    // v3.1's integer Roundup (Appendix A) gives 4.6, the reason v3.1 changed it.
    const vector = 'AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L/RC:U';
    assert.equal(scoreCvss3(`CVSS:3.1/${vector}`).base, 5);
    assert.equal(scoreCvss3(`CVSS:3.0/${vector}`).temporal, 4.7);
    assert.equal(scoreCvss3(`CVSS:3.1/${vector}`).temporal, 4.6);
  });

  test('reads metrics in any order and rejects malformed vectors', () => {
    assert.equal(scoreCvss3('CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N').base, 9.8);
    for (const bad of ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1']) {
      assert.throws(() => scoreCvss3(bad), CvssError, bad);
    }
  });
});

describe('CVSS v4.0', () => {
  test('scores the specification examples as published', () => {
    assert.equal(scoreVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N').score, 9.3);
    assert.equal(scoreVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H').score, 10);
    assert.equal(scoreVector('CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N').score, 8.5);
    assert.equal(scoreVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N').score, 6.9);
  });
  test('applies threat metrics to the overall score and keeps the base score', () => {
    const scored = scoreVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U');
    assert.equal(scored.base, 9.3);
    assert.ok(scored.score < scored.base);
  });
  test('rejects vectors without every base metric, with repeated or unknown metrics', () => {
    for (const bad of [
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N',
      'CVSS:4.0/AV:N/AV:L/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      'CVSS:4.0/AV:Q/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/ZZ:1',
      'garbage',
    ]) {
      assert.throws(() => scoreVector(bad), CvssError, bad);
    }
  });
});

test('rates scores on the qualitative scale', () => {
  assert.deepEqual([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(cvssRating), ['none', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
});
