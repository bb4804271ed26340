import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSbom, SPEC_VERSIONS, validateSbom } from '../../src/sbom/index.js';
import { validateBomText } from '../../src/sbom/validate.js';
import { parseXml, type XmlElement } from '../../src/formats/xml.js';
import { dependsOn, parseBom, repoRoot } from './helpers.js';

/** Every fixture tree that is well-formed: all lockfile formats and the Kubernetes manifests. */
const TREES = ['npm', 'yarn', 'pnpm', 'python', 'go', 'cargo', 'maven', 'k8s'].map((tree) => `test/sbom/fixtures/${tree}`);
const scratch = mkdtempSync(join(tmpdir(), 'policygate-sbom-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('policy sbom', () => {
  it('produces a schema-valid BOM for every spec version, with and without dev dependencies', async () => {
    for (const specVersion of SPEC_VERSIONS) {
      for (const includeDev of [false, true]) {
        const result = await buildSbom(TREES, { cwd: repoRoot, specVersion, includeDev, reproducible: false });
        assert.deepEqual(result.errors, []);
        assert.deepEqual(await validateBomText(result.bom), { valid: true, errors: [] }, `spec ${specVersion}, includeDev ${includeDev}`);
        const bom = parseBom(result.bom);
        assert.equal(bom.components.length, result.components);
        assert.equal(bom.components.some((component) => component.scope === 'excluded'), includeDev, 'dev dependencies appear, as excluded, only when asked for');
      }
    }
  });

  it('fails validation of a deliberately broken BOM, naming what is wrong', async () => {
    const { bom } = await buildSbom(['test/sbom/fixtures/npm/workspaces-v3'], { cwd: repoRoot, reproducible: true });
    const badScope = JSON.parse(bom);
    badScope.components[0].scope = 'sometimes';
    const scopeResult = await validateBomText(JSON.stringify(badScope));
    assert.equal(scopeResult.valid, false);
    assert.match(scopeResult.errors.join('\n'), /^\/components\/0\/scope: must be equal to one of the allowed values/);
    const noName = JSON.parse(bom);
    delete noName.components[1].name;
    const nameResult = await validateBomText(JSON.stringify(noName));
    assert.equal(nameResult.valid, false);
    assert.match(nameResult.errors.join('\n'), /^\/components\/1: must have required property 'name'/);
    assert.equal((await validateBomText('{"bomFormat":"SPDX"}')).valid, false);
    assert.match((await validateBomText('{"bomFormat":')).errors[0]!, /not JSON/);
  });

  it('is byte-for-byte reproducible whatever the order of the paths', async () => {
    const options = { cwd: repoRoot, reproducible: true, name: 'fixtures' };
    const first = await buildSbom(TREES, options);
    const second = await buildSbom([...TREES].reverse(), options);
    assert.equal(first.bom, second.bom);
    assert.doesNotMatch(first.bom, /"timestamp"|"serialNumber"/);
    const stamped = parseBom((await buildSbom(TREES, { ...options, reproducible: false })).bom) as unknown as { serialNumber: string; metadata: { timestamp: string } };
    assert.match(stamped.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.ok(!Number.isNaN(Date.parse(stamped.metadata.timestamp)));
  });

  it('writes one component per package across lockfiles, one root per project, and the scanned tree on top', async () => {
    const { bom: text } = await buildSbom(['test/sbom/fixtures/npm', 'test/sbom/fixtures/pnpm/v9'], { cwd: repoRoot, reproducible: true, name: 'mono' });
    const bom = parseBom(text);
    const purls = bom.components.map((component) => component.purl);
    assert.equal(purls.filter((purl) => purl === 'pkg:npm/debug@4.4.3').length, 1, 'debug@4.4.3 is locked by three lockfiles and listed once');
    const roots = bom.components.filter((component) => component.type === 'application').map((component) => component['bom-ref']);
    assert.deepEqual(roots, ['pkg:npm/legacy-app@2.0.0', 'pkg:npm/schema-checker@1.0.0', 'pkg:npm/webapp@1.4.0']);
    assert.equal(bom.metadata.component['bom-ref'], 'scan:mono');
    assert.deepEqual(dependsOn(bom, 'scan:mono'), roots);
    assert.ok(dependsOn(bom, 'pkg:npm/debug@4.4.3').includes('pkg:npm/ms@2.1.3'));
    assert.ok(!purls.includes('pkg:npm/chalk@4.1.2'), 'dev dependencies are left out by default');
  });

  it('lists deployed images as containers that the scanned tree depends on, and reports invalid references', async () => {
    const result = await buildSbom(['test/sbom/fixtures/k8s'], { cwd: repoRoot, reproducible: true });
    const bom = parseBom(result.bom);
    const images = bom.components.filter((component) => component.type === 'container');
    assert.deepEqual(
      images.map((image) => `${image.purl} ${image.name} ${image.version ?? '-'}`),
      [
        'pkg:docker/acme/web-migrate@2.4.1?repository_url=ghcr.io ghcr.io/acme/web-migrate 2.4.1',
        'pkg:docker/library/busybox@latest docker.io/library/busybox latest',
        'pkg:docker/library/nginx@1.27.3 docker.io/library/nginx 1.27.3',
        'pkg:oci/log-shipper@sha256%3A4f53a1f6d3c0e8a9b2d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5?repository_url=registry.example.com:5000/platform/log-shipper registry.example.com:5000/platform/log-shipper -',
        'pkg:oci/python@sha256%3Aa7e1f4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5?repository_url=docker.io/library/python&tag=3.12-slim docker.io/library/python 3.12-slim',
      ],
    );
    assert.deepEqual(images.find((image) => image.purl?.startsWith('pkg:oci/python'))?.hashes, [{ alg: 'SHA-256', content: 'a7e1f4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5' }]);
    assert.deepEqual(dependsOn(bom, bom.metadata.component['bom-ref']), images.map((image) => image['bom-ref']));
    assert.deepEqual(result.notices, [{ file: 'test/sbom/fixtures/k8s/cluster/debug-pod.json', line: 22, message: "image '${AGENT_IMAGE}' of DaemonSet/agent is not a valid image reference: not in the SBOM" }]);
    assert.deepEqual(result.errors, []);
  });

  it('writes XML with the same components, which cannot be schema-validated on Node 20', async () => {
    const options = { cwd: repoRoot, reproducible: true };
    const json = parseBom((await buildSbom(TREES, options)).bom);
    const xml = (await buildSbom(TREES, { ...options, format: 'xml' })).bom;
    const root = parseXml(xml, 'bom.xml');
    assert.equal(root.attributes.xmlns, 'http://cyclonedx.org/schema/bom/1.6');
    const components = root.children.find((element) => element.name === 'components')!.children;
    const purl = (element: XmlElement) => element.children.find((item) => item.name === 'purl')?.text;
    assert.deepEqual(components.map(purl), json.components.map((component) => component.purl));
    const file = join(scratch, 'bom.xml');
    writeFileSync(file, xml);
    const result = await validateSbom(file);
    assert.equal(result.valid, false);
    assert.match(result.skipped ?? '', /XML SBOM validation needs .*libxmljs2.*Node 22/);
  });

  it('validates a BOM file, and reports one that cannot be read', async () => {
    const file = join(scratch, 'bom.json');
    writeFileSync(file, (await buildSbom(['test/sbom/fixtures/go'], { cwd: repoRoot })).bom);
    assert.deepEqual(await validateSbom(file), { valid: true, errors: [] });
    assert.match((await validateSbom(join(scratch, 'missing.json'))).errors[0]!, /cannot read .*ENOENT/);
  });

  it('reports broken lockfiles and still builds the SBOM of the others', async () => {
    const result = await buildSbom(['test/sbom/fixtures/broken-tree', 'test/sbom/fixtures/none', 'README.absent', 'test/sbom/fixtures/k8s/cluster/kustomization.yaml'], { cwd: repoRoot, reproducible: true });
    assert.deepEqual(
      result.errors.map((error) => `${error.file}:${error.line ?? '-'} ${error.message}`),
      [
        'test/sbom/fixtures/none:- cannot read: ENOENT',
        'README.absent:- cannot read: ENOENT',
        'test/sbom/fixtures/broken-tree/billing/pom.xml:54 invalid XML: <artifactId> is never closed', // the end of the truncated file
        'test/sbom/fixtures/broken-tree/web/package-lock.json:85 invalid JSON: UnexpectedEndOfString',
        'test/sbom/fixtures/k8s/cluster/kustomization.yaml:- not a lockfile nor a file that deploys container images',
      ],
    );
    const bom = parseBom(result.bom);
    assert.equal(result.components, 5, 'the go.mod project and its four modules');
    assert.deepEqual(await validateBomText(result.bom), { valid: true, errors: [] });
    assert.ok(bom.components.every((component) => component.purl?.startsWith('pkg:golang/')));
  });
});

