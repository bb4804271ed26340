import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { npmLockfile } from '../../src/sbom/lockfiles/npm.js';
import { byPurl, fixture, parseFixture, scoped, WEBAPP } from './helpers.js';

const LEFT_PAD = 'pkg:npm/left-pad@1.3.0?vcs_url=git%2Bssh://git%40github.com/stevemao/left-pad.git%235a9da5e9b3e5a2d6d8ea0c8f7cc8a1d0e8b64a53';


describe('package-lock.json', () => {
  it('reads a v3 lockfile with workspaces, an alias, file, git and bundled dependencies', () => {
    const { project, notices } = parseFixture(npmLockfile, 'npm/workspaces-v3', 'package-lock.json');
    assert.deepEqual(scoped(project), [...WEBAPP, `required ${LEFT_PAD}`, 'required pkg:npm/cli-bundle@2.0.0', 'required pkg:npm/is-number@6.0.0'].sort());
    assert.deepEqual(notices, []);
    assert.deepEqual(project.root, { name: 'webapp', version: '1.4.0', purl: 'pkg:npm/webapp@1.4.0', licenses: ['MIT'], manifest: 'package.json' });
  });

  it('resolves the graph by walking node_modules folders and following workspace links', () => {
    const { project } = parseFixture(npmLockfile, 'npm/workspaces-v3', 'package-lock.json');
    assert.deepEqual(byPurl(project, 'pkg:npm/%40webapp/shared@0.2.1').dependsOn, ['pkg:npm/ms@2.0.0']); // nested under the workspace
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@4.4.3').dependsOn, ['pkg:npm/ms@2.1.3']); // hoisted
    assert.deepEqual(byPurl(project, 'pkg:npm/%40webapp/api@0.3.0').dependsOn, ['pkg:npm/%40webapp/shared@0.2.1', 'pkg:npm/debug@4.4.3', 'pkg:npm/has-flag@4.0.0']);
    assert.deepEqual(byPurl(project, 'pkg:npm/cli-bundle@2.0.0').dependsOn, ['pkg:npm/is-number@6.0.0']); // its bundled copy, not the top-level 7.0.0
    assert.deepEqual(byPurl(project, 'pkg:npm/local-lib@0.0.1').dependsOn, ['pkg:npm/is-number@7.0.0']);
    assert.ok(project.dependsOn.includes('pkg:npm/%40webapp/api@0.3.0'), 'the root depends on its workspaces');
    assert.ok(project.dependsOn.includes('pkg:npm/lodash@3.10.1'), 'the alias lodash-legacy is lodash');
    assert.ok(!project.dependsOn.includes('pkg:npm/ms@2.1.3'), 'ms is not a direct dependency');
  });

  it('keeps integrity hashes, licences, bundling and sources', () => {
    const { project } = parseFixture(npmLockfile, 'npm/workspaces-v3', 'package-lock.json');
    const isNumber = byPurl(project, 'pkg:npm/is-number@7.0.0');
    assert.deepEqual(isNumber.hashes, [
      {
        alg: 'SHA-512',
        content: Buffer.from('41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==', 'base64').toString('hex'),
      },
    ]);
    assert.deepEqual(isNumber.licenses, ['MIT']);
    assert.deepEqual(byPurl(project, 'pkg:npm/is-number@6.0.0').properties, [['cdx:npm:package:bundled', 'true']]);
    assert.deepEqual(byPurl(project, LEFT_PAD).externalReferences, [{ type: 'vcs', url: 'git+ssh://git@github.com/stevemao/left-pad.git#5a9da5e9b3e5a2d6d8ea0c8f7cc8a1d0e8b64a53' }]);
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@4.4.3').externalReferences, [{ type: 'distribution', url: 'https://registry.npmjs.org/debug/-/debug-4.4.3.tgz' }]);
  });

  it('reads the same packages from the v2 lockfile of the same project', () => {
    const { project } = parseFixture(npmLockfile, 'npm/workspaces-v2', 'package-lock.json');
    assert.deepEqual(scoped(project), WEBAPP);
  });

  it('reads a v1 lockfile: nested dependencies, aliases, file: links and git versions', () => {
    const { project } = parseFixture(npmLockfile, 'npm/legacy-v1', 'package-lock.json');
    assert.deepEqual(scoped(project), [
      'dev pkg:npm/ansi-styles@4.3.0',
      'dev pkg:npm/chalk@4.1.2',
      'dev pkg:npm/color-convert@2.0.1',
      'dev pkg:npm/color-name@1.1.4',
      'dev pkg:npm/has-flag@4.0.0',
      'dev pkg:npm/supports-color@7.2.0',
      'optional pkg:npm/fsevents@2.3.3',
      'required pkg:npm/debug@2.6.9',
      'required pkg:npm/is-number@7.0.0',
      'required pkg:npm/left-pad?vcs_url=github:stevemao/left-pad%235a9da5e9b3e5a2d6d8ea0c8f7cc8a1d0e8b64a53',
      'required pkg:npm/local-lib@0.0.1',
      'required pkg:npm/lodash@3.10.1',
      'required pkg:npm/ms@2.0.0',
      'required pkg:npm/ms@2.1.3',
    ]);
    assert.deepEqual(byPurl(project, 'pkg:npm/debug@2.6.9').dependsOn, ['pkg:npm/ms@2.0.0']);
    assert.deepEqual(byPurl(project, 'pkg:npm/local-lib@0.0.1').dependsOn, ['pkg:npm/is-number@7.0.0']);
    assert.equal(project.root.purl, 'pkg:npm/legacy-app@2.0.0');
  });

  it('leaves out extraneous entries (nothing depends on them: npm prunes them) and says so', () => {
    const lock = JSON.parse(readFileSync(fixture('npm/workspaces-v2/package-lock.json'), 'utf8'));
    lock.packages['node_modules/orphan'] = { version: '1.0.0', license: 'MIT' };
    const { project, notices } = parseFixture(npmLockfile, 'npm/workspaces-v2', 'package-lock.json', JSON.stringify(lock));
    assert.deepEqual(scoped(project), WEBAPP);
    assert.deepEqual(notices.map((notice) => notice.message), ['1 extraneous entry (nothing depends on them, npm prunes them): not in the SBOM: node_modules/orphan']);
  });

  it('rejects a truncated lockfile and an unknown lockfileVersion with the file and position', () => {
    const text = JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }, null, 2);
    assert.throws(
      () => parseFixture(npmLockfile, 'npm/workspaces-v3', 'package-lock.json', text.slice(0, 30)),
      (error: unknown) => error instanceof InputError && error.file.endsWith('package-lock.json') && error.line !== undefined && /invalid JSON/.test(error.message),
    );
    assert.throws(() => parseFixture(npmLockfile, 'npm/workspaces-v3', 'package-lock.json', '{"lockfileVersion": 7}'), /unsupported lockfileVersion 7/);
  });
});
