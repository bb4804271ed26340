import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { pnpmLockfile } from '../../src/sbom/lockfiles/pnpm.js';
import { byPurl, parseFixture, scoped, WEBAPP } from './helpers.js';

describe('pnpm-lock.yaml', () => {
  for (const version of ['v9', 'v8']) {
    it(`locks the webapp from a lockfile ${version === 'v9' ? '9.0 (packages + snapshots)' : '6.0 (pnpm 8)'}`, () => {
      const { project, notices } = parseFixture(pnpmLockfile, `pnpm/${version}`, 'pnpm-lock.yaml');
      assert.deepEqual(scoped(project), WEBAPP);
      assert.deepEqual(notices, []);
      assert.deepEqual(byPurl(project, 'pkg:npm/%40webapp/api@0.3.0').dependsOn, ['pkg:npm/%40webapp/shared@0.2.1', 'pkg:npm/debug@4.4.3', 'pkg:npm/has-flag@4.0.0']);
      assert.deepEqual(byPurl(project, 'pkg:npm/local-lib@0.0.1').dependsOn, ['pkg:npm/is-number@7.0.0']);
      assert.equal(byPurl(project, 'pkg:npm/lodash@3.10.1').hashes[0]?.alg, 'SHA-512');
      assert.ok(project.dependsOn.includes('pkg:npm/lodash@3.10.1'));
    });
  }

  it('reads a 5.4 lockfile (slash keys, peer suffixes, top-level dependencies) and git resolutions', () => {
    const text = `lockfileVersion: 5.4

specifiers:
  react-dom: ^18.2.0
  vitest: ^1.0.0
  tiny: github:acme/tiny#v1

dependencies:
  react-dom: 18.2.0_react@18.2.0
  tiny: github.com/acme/tiny/0b1c2d3e4f5a

devDependencies:
  vitest: 1.0.0

packages:

  /loose-envify/1.4.0:
    resolution: {integrity: sha512-lyuxPGr/Wfhrlem2CL/UcnUc1zcqKAImBDzukY7Y5F/yQiNdko6+fRLevlw1HgMySw7f611UIY408EtxRSoK3Q==}
    dependencies:
      js-tokens: 4.0.0
    dev: false

  /js-tokens/4.0.0:
    resolution: {integrity: sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==}
    dev: false

  /react/18.2.0:
    resolution: {integrity: sha512-/3IjMdb2L9QbBdWiW5e3P2/npwMBaU9mHCSCUzNln0ZCYbcfTsGbTJrU/kGemdH2IWmB2ioZ+zkxtmq6g09fGQ==}
    dependencies:
      loose-envify: 1.4.0
    dev: false

  /react-dom/18.2.0_react@18.2.0:
    resolution: {integrity: sha512-6IMTriUmvsjHUjNtEDudZfuDQUoWXVxKHhlEGSk81n4YFS+r/Kl99wXiwlVXtPBtJenozv2P+hxDsw9eA7Xo6g==}
    peerDependencies:
      react: ^18.2.0
    dependencies:
      loose-envify: 1.4.0
      react: 18.2.0
    dev: false

  /vitest/1.0.0:
    resolution: {integrity: sha512-N7tdrNTcgdqTyMnhTp+ZOHzJs/7b4Fl+LmPikDjaLFlowuRY1rx6H0ctEQT5dnPuH1XK8VTe2NO4Qs6EuKmcEw==}
    dev: true

  github.com/acme/tiny/0b1c2d3e4f5a:
    resolution: {tarball: https://codeload.github.com/acme/tiny/tar.gz/0b1c2d3e4f5a}
    name: tiny
    version: 1.0.2
    dev: false
`;
    const { project } = parseFixture(pnpmLockfile, 'no-manifest', 'pnpm-lock.yaml', text);
    assert.deepEqual(scoped(project), [
      'dev pkg:npm/vitest@1.0.0',
      'required pkg:npm/js-tokens@4.0.0',
      'required pkg:npm/loose-envify@1.4.0',
      'required pkg:npm/react-dom@18.2.0',
      'required pkg:npm/react@18.2.0',
      'required pkg:npm/tiny@1.0.2?vcs_url=https://codeload.github.com/acme/tiny/tar.gz/0b1c2d3e4f5a',
    ]);
    assert.deepEqual(byPurl(project, 'pkg:npm/react-dom@18.2.0').dependsOn, ['pkg:npm/loose-envify@1.4.0', 'pkg:npm/react@18.2.0']);
  });

  it('rejects an unknown lockfile version and broken YAML', () => {
    assert.throws(() => parseFixture(pnpmLockfile, 'pnpm/v9', 'pnpm-lock.yaml', "lockfileVersion: '3'\n"), /unsupported pnpm lockfileVersion "3"/);
    assert.throws(() => parseFixture(pnpmLockfile, 'pnpm/v9', 'pnpm-lock.yaml', "lockfileVersion: '9.0'\nimporters:\n  .: {\n"), (error: unknown) => error instanceof InputError && /invalid YAML/.test(error.message));
  });
});
