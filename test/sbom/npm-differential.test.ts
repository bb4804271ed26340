// Differential test against a real peer: for package-lock.json files, the set of (name, version)
// components must equal what `npm sbom --sbom-format cyclonedx --package-lock-only` produces for
// the same lockfile. npm reads only the lockfile in that mode: it runs offline, with an
// unreachable registry to prove it.
//
// Deliberate differences, each handled below:
// - npm's component `name` is the install folder (`lodash-legacy` for the alias of lodash, `api`
//   for the workspace @webapp/api); we name the package, as both purls do. Names are compared from
//   the purls.
// - npm puts the project in metadata.component; we list it as an application component (one root
//   per project) under a metadata component for the scanned tree. Roots are not compared.
// - npm sbom fails on a v1 lockfile with a git dependency (EINVALIDPURLTYPE: v1 records the git
//   URL, not the version, and npm cannot build a purl from it); we list it without a version. That
//   entry is compared without npm. For v1 file: dependencies both read the linked folder's
//   package.json, so that comparison copies the whole fixture.
// - In a directory holding only package.json and package-lock.json, `npm sbom --omit dev` marks
//   workspaces extraneous and drops root dependencies reached through them (debug, ms@2.1.3 in the
//   fixture). The production comparison therefore copies the whole fixture, workspace folders included.
// - `npm sbom --omit dev` also drops production packages that a dev dependency declares as a peer
//   (ajv, a dependency of the project and a peer of the dev dependency ajv-draft-04, and ajv's own
//   dependencies), although the lockfile flags them production and `npm install --omit=dev`
//   installs them. We follow the lockfile's flags. Found on this project's own lockfile.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSbom } from '../../src/sbom/index.js';
import { fixture, parseBom } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'policygate-npm-sbom-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function npmSbom(dir: string, omitDev: boolean): string {
  return execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--package-lock-only', '--offline', ...(omitDev ? ['--omit', 'dev'] : [])], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false' },
  });
}

/** `name@version` from each component's purl (npm's `name` is the folder name). */
function identities(bom: string, libraries: boolean): string[] {
  return parseBom(bom)
    .components.filter((component) => !libraries || component.type === 'library')
    .map((component) => {
      const match = /^pkg:npm\/([^?#]+)@([^?#@]+)/.exec(component.purl ?? '');
      assert.ok(match, `an npm purl with a version: ${component.purl}`);
      return `${decodeURIComponent(match[1]!)}@${decodeURIComponent(match[2]!)}`;
    })
    .sort();
}

/** A temp copy of a fixture: the two lockfile files only, or the whole directory. */
function copy(name: string, whole: boolean, withoutDependency?: string): string {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  if (whole) cpSync(fixture('npm', name), dir, { recursive: true });
  else for (const file of ['package.json', 'package-lock.json']) cpSync(fixture('npm', name, file), join(dir, file));
  if (withoutDependency) {
    for (const file of ['package.json', 'package-lock.json']) {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { dependencies: Record<string, unknown> };
      delete json.dependencies[withoutDependency];
      writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
    }
  }
  return dir;
}

async function ours(dir: string, includeDev: boolean): Promise<string[]> {
  return identities((await buildSbom([dir], { cwd: dir, includeDev, reproducible: true })).bom, true);
}

describe('package-lock.json against npm sbom', () => {
  for (const name of ['workspaces-v3', 'workspaces-v2']) {
    it(`${name}: every component, dev dependencies included`, async () => {
      const dir = copy(name, false);
      const expected = identities(npmSbom(dir, false), false);
      assert.ok(expected.length >= 16, 'npm listed the fixture');
      assert.deepEqual(await ours(dir, true), expected);
    });

    it(`${name}: production components (npm --omit dev)`, async () => {
      const dir = copy(name, true);
      assert.deepEqual(await ours(dir, false), identities(npmSbom(dir, true), false));
    });
  }

  it('peer-of-dev: same components; in production npm drops what a dev dependency peers on, we keep what the lockfile flags production', async () => {
    const dir = copy('peer-of-dev', false);
    assert.deepEqual(await ours(dir, true), identities(npmSbom(dir, false), false));
    const production = ['ajv@8.20.0', 'fast-deep-equal@3.1.3', 'fast-uri@3.1.9', 'json-schema-traverse@1.0.0', 'require-from-string@2.0.2'];
    assert.deepEqual(await ours(dir, false), production);
    assert.deepEqual(identities(npmSbom(dir, true), false), [], 'npm --omit dev keeps none of them');
  });

  it('legacy-v1: npm fails on its git dependency; without it, both list the same components', async () => {
    const whole = copy('legacy-v1', true);
    assert.throws(() => npmSbom(whole, false), (error: unknown) => /EINVALIDPURLTYPE[\s\S]*"left-pad@"/.test(String((error as { stderr?: string }).stderr)));
    const withGit = parseBom((await buildSbom([whole], { cwd: whole, reproducible: true })).bom);
    assert.ok(withGit.components.some((component) => component.purl?.startsWith('pkg:npm/left-pad?vcs_url=')), 'we keep the git dependency, without a version');
    const dir = copy('legacy-v1', true, 'left-pad');
    assert.deepEqual(await ours(dir, true), identities(npmSbom(dir, false), false));
  });
});
