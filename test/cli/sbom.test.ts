import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../helpers.js';

const lock = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.3.0' } },
    'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', integrity: 'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQNQXKIMjgNXt0zWoecxzOh4tUmSdOPq2BJyj7TKkdJBf4aw==' },
  },
});
const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: web, image: nginx:1.27}]\n';

describe('policy sbom', () => {
  test('writes a reproducible, valid CycloneDX file with lockfile packages and deployed images', async () => {
    const dir = tempDir({ 'app/package.json': '{"name":"app","version":"1.0.0","dependencies":{"left-pad":"^1.3.0"}}', 'app/package-lock.json': lock, 'k8s/web.yaml': deployment });
    const first = await runCli(['sbom', '.', '-o', 'bom.json', '--reproducible'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const bom = readFileSync(join(dir, 'bom.json'), 'utf8');
    const purls = (JSON.parse(bom) as { components: { purl?: string }[] }).components.map((component) => component.purl);
    assert.ok(purls.includes('pkg:npm/left-pad@1.3.0'));
    assert.ok(purls.some((purl) => purl?.startsWith('pkg:docker/') && purl.includes('nginx@1.27')));
    await runCli(['sbom', '.', '-o', 'again.json', '--reproducible'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'again.json'), 'utf8'), bom);
    const validated = await runCli(['sbom', '--validate', 'bom.json'], { cwd: dir });
    assert.equal(validated.code, 0);
  });

  test('a broken lockfile is an error for that file (exit 2) and the others are still in the SBOM', async () => {
    const dir = tempDir({ 'a/package-lock.json': lock, 'a/package.json': '{"name":"app","version":"1.0.0"}', 'b/package-lock.json': '{"lockfileVersion": 3, "packages": {', 'b/package.json': '{"name":"b"}' });
    const { code, stdout, stderr } = await runCli(['sbom', '.', '--reproducible'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /b\/package-lock\.json/);
    assert.ok(stdout.includes('pkg:npm/left-pad@1.3.0'));
  });

  test('--validate rejects a BOM that breaks the schema', async () => {
    const dir = tempDir({ 'bad.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [{ type: 'no-such-type', name: 'x' }] }) });
    const { code, stderr } = await runCli(['sbom', '--validate', 'bad.json'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /not valid/);
  });
});

describe('policy check --sbom', () => {
  test('writes the SBOM of the checked change beside the findings', async () => {
    const dir = tempDir({ 'app/package.json': '{"name":"app","version":"1.0.0","dependencies":{"left-pad":"^1.3.0"}}', 'app/package-lock.json': lock, 'k8s/web.yaml': deployment });
    const { code, stdout } = await runCli(['check', '.', '--sbom', 'out/bom.json', '--format', 'json'], { cwd: dir });
    assert.equal(code, 0, stdout);
    const purls = (JSON.parse(readFileSync(join(dir, 'out/bom.json'), 'utf8')) as { components: { purl?: string }[] }).components.map((component) => component.purl);
    assert.ok(purls.includes('pkg:npm/left-pad@1.3.0'));
    assert.ok(purls.some((purl) => purl?.includes('nginx@1.27')));
    assert.equal((await runCli(['sbom', '--validate', 'out/bom.json'], { cwd: dir })).code, 0);
  });

  test('a lockfile the SBOM cannot read fails the gate closed', async () => {
    const dir = tempDir({ 'k8s/web.yaml': deployment, 'b/package-lock.json': '{"lockfileVersion": 3, "packages": {', 'b/package.json': '{"name":"b"}' });
    const { code, stdout } = await runCli(['check', '.', '--sbom', 'bom.json', '--format', 'json'], { cwd: dir });
    assert.equal(code, 2);
    assert.ok((JSON.parse(stdout) as { errors: { file: string }[] }).errors.some((error) => error.file === 'b/package-lock.json'));
  });
});
