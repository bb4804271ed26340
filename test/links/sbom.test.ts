import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildSbom, SPEC_VERSIONS } from '../../src/sbom/index.js';
import { validateBomText } from '../../src/sbom/validate.js';
import { dependsOn, parseBom } from '../sbom/helpers.js';

const labelled = join(import.meta.dirname, '../../../test/links/fixtures/labelled');

const WEB_BUILT = 'pkg:docker/acme/web@latest?repository_url=ghcr.io';
const WEB_DEPLOYED = 'pkg:docker/acme/web@1.4.2?repository_url=ghcr.io';
const WEB_PINNED = 'pkg:oci/web@sha256%3A0d3653dd6f35159ec6e3d10263a42372f6f194c3dea0b35235d72aabde86486e?repository_url=ghcr.io/acme/web';
const DISTROLESS = 'pkg:docker/distroless/static-debian12@nonroot?repository_url=gcr.io';
const API_BUILT = 'pkg:docker/acme/api@2';
const PYTHON = 'pkg:docker/library/python@3.12-slim';

describe('the SBOM of images built by Dockerfiles', () => {
  test('a labelled Dockerfile adds its image, which depends on the final base, as do the deployed tags of its repository', async () => {
    const result = await buildSbom(['.'], { cwd: labelled, reproducible: true });
    assert.deepEqual(result.errors, []);
    const bom = parseBom(result.bom);
    const built = bom.components.find((component) => component['bom-ref'] === WEB_BUILT);
    assert.deepEqual(built && [built.type, built.name, built.version, built.scope], ['container', 'ghcr.io/acme/web', 'latest', 'required']);
    for (const ref of [WEB_BUILT, WEB_DEPLOYED, WEB_PINNED]) assert.deepEqual(dependsOn(bom, ref), [DISTROLESS], ref);
    assert.deepEqual(dependsOn(bom, API_BUILT), [PYTHON]);
    assert.deepEqual(dependsOn(bom, 'pkg:oci/api@sha256%3A4f53a1f6d3c0e8a9b2d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5?repository_url=docker.io/acme/api'), [PYTHON], 'acme/api:2 and docker.io/acme/api@sha256 are one repository');
    // The builder stage's golang ships nothing: not in the BOM, and no image depends on it.
    assert.ok(!bom.components.some((component) => component.name === 'docker.io/library/golang'));
    // Images that no Dockerfile of the tree builds depend on nothing.
    assert.deepEqual(dependsOn(bom, 'pkg:docker/library/nginx@1.27'), []);
    assert.ok(dependsOn(bom, bom.metadata.component['bom-ref']).includes(WEB_BUILT));
  });

  test('is valid CycloneDX in every supported spec version', async () => {
    for (const specVersion of SPEC_VERSIONS) {
      const { bom } = await buildSbom(['.'], { cwd: labelled, reproducible: true, specVersion, includeDev: true });
      assert.deepEqual(await validateBomText(bom), { valid: true, errors: [] }, specVersion);
    }
  });

  test('an unlabelled Dockerfile adds only the images it uses', async () => {
    const { bom } = await buildSbom(['svc/Dockerfile'], { cwd: join(labelled, '../mapped'), reproducible: true });
    assert.deepEqual(
      parseBom(bom).components.map((component) => component['bom-ref']),
      ['pkg:docker/library/alpine@3.20'],
    );
  });
});
