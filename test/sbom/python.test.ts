import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { pipfileLockfile } from '../../src/sbom/lockfiles/pipfile.js';
import { poetryLockfile } from '../../src/sbom/lockfiles/poetry.js';
import { requirementsFile } from '../../src/sbom/lockfiles/requirements.js';
import { byPurl, parseFixture, scoped } from './helpers.js';

describe('requirements.txt', () => {
  it('keeps exact pins, follows -r includes, reports every unpinned requirement', () => {
    const { project, notices } = parseFixture(requirementsFile, 'python/requirements', 'requirements.txt');
    assert.deepEqual(scoped(project), [
      'required pkg:pypi/celery@5.4.0',
      'required pkg:pypi/certifi@2024.8.30',
      'required pkg:pypi/django@4.2.16',
      'required pkg:pypi/typing-extensions@4.12.2',
      'required pkg:pypi/urllib3@2.2.3',
    ]);
    assert.deepEqual(
      notices.map((notice) => [notice.line, notice.message]),
      [
        [9, "'requests>=2.31' is not pinned to an exact version (name==version): not in the SBOM"],
        [10, "'gunicorn' is not pinned to an exact version (name==version): not in the SBOM"],
        [11, "editable requirement '-e git+https://github.com/acme/internal-tools.git@v1.2#egg=internal-tools' is not pinned to a version: not in the SBOM"],
      ],
    );
    assert.deepEqual(project.dependsOn, project.packages.map((pkg) => pkg.purl).sort(), 'no graph: the project depends on every pin');
  });

  it('takes a single --hash as the component hash, and none of several candidates', () => {
    const { project } = parseFixture(requirementsFile, 'python/requirements', 'requirements.txt');
    assert.deepEqual(byPurl(project, 'pkg:pypi/django@4.2.16').hashes, [{ alg: 'SHA-256', content: '1ddc333a16fc139fd253035a1606bb24261951bbc3a6ca256717fa06cc41a898' }]);
    assert.deepEqual(byPurl(project, 'pkg:pypi/certifi@2024.8.30').hashes, []);
  });

  it('marks a development requirements file as dev, its includes keep their own scope', () => {
    const { project } = parseFixture(requirementsFile, 'python/requirements', 'requirements-dev.txt');
    assert.equal(byPurl(project, 'pkg:pypi/pytest@8.3.3').scope, 'dev');
    assert.equal(byPurl(project, 'pkg:pypi/django@4.2.16').scope, 'required');
  });
});

describe('poetry.lock', () => {
  it('reads Poetry 2 groups, extras as optional, and the graph', () => {
    const { project, notices } = parseFixture(poetryLockfile, 'python/poetry', 'poetry.lock');
    assert.deepEqual(scoped(project), [
      'dev pkg:pypi/colorama@0.4.6',
      'dev pkg:pypi/exceptiongroup@1.3.2',
      'dev pkg:pypi/iniconfig@2.3.1',
      'dev pkg:pypi/packaging@26.4',
      'dev pkg:pypi/pluggy@1.7.0',
      'dev pkg:pypi/pygments@2.21.0',
      'dev pkg:pypi/pytest@8.4.2',
      'dev pkg:pypi/tomli@2.5.0',
      'optional pkg:pypi/pysocks@1.7.1',
      'required pkg:pypi/certifi@2026.10.19.post1',
      'required pkg:pypi/charset-normalizer@3.5.3',
      'required pkg:pypi/idna@3.20',
      'required pkg:pypi/requests@2.34.2',
      'required pkg:pypi/typing-extensions@4.16.0',
      'required pkg:pypi/urllib3@2.8.0',
    ]);
    assert.deepEqual(notices, []);
    assert.deepEqual(byPurl(project, 'pkg:pypi/requests@2.34.2').dependsOn, [
      'pkg:pypi/certifi@2026.10.19.post1',
      'pkg:pypi/charset-normalizer@3.5.3',
      'pkg:pypi/idna@3.20',
      'pkg:pypi/urllib3@2.8.0',
    ]);
    assert.deepEqual(project.root, { name: 'billing-service', version: '0.9.2', purl: 'pkg:pypi/billing-service@0.9.2', licenses: ['Apache-2.0'], manifest: 'pyproject.toml' });
    assert.equal(byPurl(project, 'pkg:pypi/certifi@2026.10.19.post1').hashes.length, 1, 'one file: its hash is the component hash');
  });

  it('reads a 1.1 lock: categories, [metadata.files] hashes, a git source', () => {
    const { project } = parseFixture(poetryLockfile, 'python/poetry-legacy', 'poetry.lock');
    assert.deepEqual(scoped(project), [
      'dev pkg:pypi/markdown@3.4.4',
      'required pkg:pypi/click@8.1.7',
      'required pkg:pypi/colorama@0.4.6',
      'required pkg:pypi/internal-auth@0.3.0?vcs_url=git%2Bhttps://github.com/acme/internal-auth.git%408f2d1c4b5a6e7f8091a2b3c4d5e6f708192a3b4c',
    ]);
    assert.deepEqual(byPurl(project, 'pkg:pypi/colorama@0.4.6').hashes, [{ alg: 'SHA-256', content: '4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6' }]);
    assert.deepEqual(byPurl(project, 'pkg:pypi/click@8.1.7').dependsOn, ['pkg:pypi/colorama@0.4.6']);
    assert.equal(project.root.manifest, undefined, 'no pyproject.toml: the root is named after the directory');
  });

  it('rejects broken TOML with its line', () => {
    assert.throws(
      () => parseFixture(poetryLockfile, 'python/poetry', 'poetry.lock', '[[package]]\nname = "a"\nversion = "1\n'),
      (error: unknown) => error instanceof InputError && error.line === 3 && /unterminated string/.test(error.message),
    );
  });
});

describe('Pipfile.lock', () => {
  it('reads default as required and develop as dev', () => {
    const { project, notices } = parseFixture(pipfileLockfile, 'python/pipenv', 'Pipfile.lock');
    assert.deepEqual(scoped(project), [
      'dev pkg:pypi/iniconfig@2.3.1',
      'dev pkg:pypi/packaging@26.4',
      'dev pkg:pypi/pluggy@1.7.0',
      'dev pkg:pypi/pygments@2.21.0',
      'dev pkg:pypi/pytest@9.2.0',
      'required pkg:pypi/blinker@1.9.0',
      'required pkg:pypi/click@8.5.1',
      'required pkg:pypi/flask@3.0.3',
      'required pkg:pypi/itsdangerous@2.2.0',
      'required pkg:pypi/jinja2@3.1.6',
      'required pkg:pypi/markupsafe@3.0.4',
      'required pkg:pypi/werkzeug@3.1.9',
    ]);
    assert.deepEqual(notices, []);
  });

  it('pins git dependencies by ref and reports local paths', () => {
    const text = JSON.stringify({
      _meta: { hash: { sha256: 'x' } },
      default: {
        tools: { git: 'https://github.com/acme/tools.git', ref: '0123abcd', editable: true },
        localpkg: { path: '.', editable: true },
      },
      develop: {},
    });
    const { project, notices } = parseFixture(pipfileLockfile, 'python/pipenv', 'Pipfile.lock', text);
    assert.deepEqual(scoped(project), ['required pkg:pypi/tools?vcs_url=git%2Bhttps://github.com/acme/tools.git%400123abcd']);
    assert.match(notices[0]!.message, /'localpkg' has no pinned version \(local path \.\)/);
  });
});
