import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { yarnLockfile } from '../../src/sbom/lockfiles/yarn.js';
import { byPurl, fixture, parseFixture, scoped, WEBAPP } from './helpers.js';

const LEFT_PAD = 'pkg:npm/left-pad@1.3.0?vcs_url=https://codeload.github.com/stevemao/left-pad/tar.gz/5a9da5e9b3e5a2d6d8ea0c8f7cc8a1d0e8b64a53';

/** What yarn berry adds for fsevents: the node-gyp toolchain it injects for packages with native builds, all optional. */
const NODE_GYP_TREE = [
  '%40isaacs/fs-minipass@4.0.1', 'abbrev@5.0.0', 'chownr@3.0.0', 'env-paths@2.2.1', 'exponential-backoff@3.1.3', 'fdir@6.5.0',
  'graceful-fs@4.2.12', 'isexe@4.0.0', 'minipass@7.1.3', 'minizlib@3.1.0', 'node-gyp@13.1.0', 'nopt@10.0.1', 'picomatch@4.0.7',
  'proc-log@7.0.0', 'semver@7.8.6', 'tar@7.5.24', 'tinyglobby@0.2.17', 'undici@8.14.0', 'which@7.0.0', 'yallist@5.0.0',
].map((id) => `optional pkg:npm/${id}`);

describe('yarn.lock (classic)', () => {
  it('locks the webapp: workspaces from package.json, dev and optional from the graph, alias, file and git dependencies', () => {
    const { project, notices } = parseFixture(yarnLockfile, 'yarn/classic', 'yarn.lock');
    assert.deepEqual(scoped(project), [...WEBAPP, `required ${LEFT_PAD}`].sort());
    assert.deepEqual(notices, []);
    assert.equal(project.root.purl, 'pkg:npm/webapp@1.4.0');
  });

  it('resolves descriptors to entries, and workspace dependencies to the workspace', () => {
    const { project } = parseFixture(yarnLockfile, 'yarn/classic', 'yarn.lock');
    assert.deepEqual(byPurl(project, 'pkg:npm/%40webapp/api@0.3.0').dependsOn, ['pkg:npm/%40webapp/shared@0.2.1', 'pkg:npm/debug@4.4.3', 'pkg:npm/has-flag@4.0.0']);
    assert.deepEqual(byPurl(project, 'pkg:npm/chalk@4.1.2').dependsOn, ['pkg:npm/ansi-styles@4.3.0', 'pkg:npm/supports-color@7.2.0']);
    assert.equal(byPurl(project, 'pkg:npm/debug@4.4.3').hashes[0]?.alg, 'SHA-512');
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@4.4.3').externalReferences, [
      { type: 'distribution', url: 'https://registry.yarnpkg.com/debug/-/debug-4.4.3.tgz#c6ae432d9bd9662582fce08709b038c58e9e3d6a' },
    ]);
  });

  it('falls back to the sha1 of the resolved URL when there is no integrity field', () => {
    const text = readFileSync(fixture('yarn/classic/yarn.lock'), 'utf8').replace(/\n  integrity .*/g, '');
    const { project } = parseFixture(yarnLockfile, 'yarn/classic', 'yarn.lock', text);
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@4.4.3').hashes, [{ alg: 'SHA-1', content: 'c6ae432d9bd9662582fce08709b038c58e9e3d6a' }]);
  });

  it('says so when there is no package.json to tell dev dependencies apart', () => {
    const text = readFileSync(fixture('yarn/classic/yarn.lock'), 'utf8');
    const { project, notices } = parseFixture(yarnLockfile, 'no-manifest', 'yarn.lock', text);
    assert.ok(project.packages.every((pkg) => pkg.scope === 'required'));
    assert.ok(notices.some((notice) => /no package.json beside yarn.lock/.test(notice.message)));
  });

  it('rejects a truncated file with its line', () => {
    const text = readFileSync(fixture('yarn/classic/yarn.lock'), 'utf8');
    const cut = text.slice(0, text.indexOf('resolved "https://registry.yarnpkg.com/chalk') + 20); // ends inside a quoted URL
    const line = cut.split('\n').length;
    assert.throws(() => parseFixture(yarnLockfile, 'yarn/classic', 'yarn.lock', cut), (error: unknown) => error instanceof InputError && error.line === line && /quoted string/.test(error.message));
    assert.throws(() => parseFixture(yarnLockfile, 'yarn/classic', 'yarn.lock', '"debug@^4":\n  resolved "x"\n'), /entry "debug@\^4" has no version/);
  });
});

describe('yarn.lock (berry)', () => {
  it('locks the webapp plus the node-gyp tree yarn injects for fsevents; portal and patch entries are one component each', () => {
    const { project, notices } = parseFixture(yarnLockfile, 'yarn/berry', 'yarn.lock');
    assert.deepEqual(scoped(project), [...WEBAPP, ...NODE_GYP_TREE].sort());
    assert.deepEqual(notices, []);
  });

  it('reads workspaces as entries, with package.json telling their dev dependencies', () => {
    const { project } = parseFixture(yarnLockfile, 'yarn/berry', 'yarn.lock');
    assert.deepEqual(byPurl(project, 'pkg:npm/%40webapp/api@0.3.0').dependsOn, ['pkg:npm/%40webapp/shared@0.2.1', 'pkg:npm/debug@4.4.3', 'pkg:npm/has-flag@4.0.0']);
    assert.deepEqual(byPurl(project, 'pkg:npm/fsevents@2.3.3').dependsOn, ['pkg:npm/node-gyp@13.1.0']);
    assert.ok(project.dependsOn.includes('pkg:npm/local-lib@0.0.1'), 'the portal resolves to its package.json version');
    // Berry's checksum hashes yarn's cache archive, not the published tarball.
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@4.4.3').hashes, []);
  });

  it('rejects broken YAML with its line', () => {
    assert.throws(
      () => parseFixture(yarnLockfile, 'yarn/berry', 'yarn.lock', '__metadata:\n  version: 8\n"a@npm:1":\n  version: [1\n'),
      (error: unknown) => error instanceof InputError && /invalid YAML/.test(error.message) && error.line !== undefined,
    );
  });
});
