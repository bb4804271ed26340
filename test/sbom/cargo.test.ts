import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { cargoLockfile } from '../../src/sbom/lockfiles/cargo.js';
import { byPurl, fixture, parseFixture, scoped } from './helpers.js';

const TLS_SHIM = 'pkg:cargo/tls-shim@0.2.0?vcs_url=git%2Bhttps://github.com/acme/tls-shim%403f1c2b7d9e8a6f5c4b3a2918273645afbecd0912';

describe('Cargo.lock', () => {
  it('reads crates with checksums, two versions of one crate, a git crate and a workspace member', () => {
    const { project, notices } = parseFixture(cargoLockfile, 'cargo/workspace', 'Cargo.lock');
    assert.deepEqual(scoped(project), [
      'dev pkg:cargo/hex@0.4.3',
      'optional pkg:cargo/memchr@2.8.3',
      'required pkg:cargo/bytes@1.12.2',
      'required pkg:cargo/hashbrown@0.12.3',
      'required pkg:cargo/hashbrown@0.14.5',
      'required pkg:cargo/itoa@1.0.19',
      'required pkg:cargo/proxy-core@0.1.0',
      `required ${TLS_SHIM}`,
    ]);
    assert.deepEqual(notices, []);
    assert.deepEqual(byPurl(project, 'pkg:cargo/proxy-core@0.1.0').dependsOn, ['pkg:cargo/bytes@1.12.2', 'pkg:cargo/hashbrown@0.12.3', 'pkg:cargo/hashbrown@0.14.5', TLS_SHIM]);
    assert.deepEqual(byPurl(project, 'pkg:cargo/itoa@1.0.19').hashes, [{ alg: 'SHA-256', content: '3bd1574e617a9a6c1f8f8181bd7e841e1f20e4277607ef28945765188d6284d4' }]);
    assert.deepEqual(project.root, { name: 'edge-proxy', version: '0.4.1', purl: 'pkg:cargo/edge-proxy@0.4.1', licenses: ['MIT OR Apache-2.0'], manifest: 'Cargo.toml' });
  });

  it('without Cargo.toml, every crate is required and the user is told', () => {
    const text = readFileSync(fixture('cargo/workspace/Cargo.lock'), 'utf8');
    const { project, notices } = parseFixture(cargoLockfile, 'no-manifest', 'Cargo.lock', text);
    assert.ok(project.packages.every((pkg) => pkg.scope === 'required'));
    assert.match(notices[0]!.message, /no Cargo.toml beside Cargo.lock/);
  });

  it('rejects a truncated lock', () => {
    const text = readFileSync(fixture('cargo/workspace/Cargo.lock'), 'utf8');
    assert.throws(() => parseFixture(cargoLockfile, 'cargo/workspace', 'Cargo.lock', text.slice(0, text.indexOf('dependencies = [') + 20)), (error: unknown) => error instanceof InputError && /invalid TOML/.test(error.message));
  });
});
