import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ParseContext } from '../../src/formats/types.js';
import { armImages } from '../../src/sbom/images/arm.js';
import { dockerfileImages } from '../../src/sbom/images/dockerfile.js';
import { k8sImages } from '../../src/sbom/images/k8s.js';
import { fixture } from './helpers.js';

const context: ParseContext = { cwd: '/', root: fixture('k8s'), readFile: () => '', listDir: () => undefined, options: {} };

function uses(name: string) {
  const text = readFileSync(fixture('k8s/cluster', name), 'utf8');
  const file = `k8s/cluster/${name}`;
  assert.ok(k8sImages.detect(file, text));
  return k8sImages.extract(text, file, context).map((use) => `${use.resource} ${use.line} ${use.reference}`);
}

describe('images in Kubernetes manifests', () => {
  it('finds init, app and CronJob containers with the resource and line of each, not a CRD that reuses a kind name', () => {
    assert.deepEqual(uses('workloads.yaml'), [
      'Deployment/prod/web 16 ghcr.io/acme/web-migrate:2.4.1',
      'Deployment/prod/web 19 nginx:1.27.3',
      'Deployment/prod/web 21 registry.example.com:5000/platform/log-shipper@sha256:4f53a1f6d3c0e8a9b2d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5',
      'CronJob/prod/report 47 docker.io/library/python:3.12-slim@sha256:a7e1f4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5',
    ]);
  });

  it('unwraps Lists and reads ephemeral containers', () => {
    assert.deepEqual(uses('debug-pod.json'), ['Pod/prod/debug 10 busybox', 'Pod/prod/debug 11 nginx:1.27.3', 'DaemonSet/agent 22 ${AGENT_IMAGE}']);
  });

  it('leaves other YAML alone', () => {
    assert.ok(!k8sImages.detect('k8s/cluster/kustomization.yaml', readFileSync(fixture('k8s/cluster/kustomization.yaml'), 'utf8')));
  });
});

describe('images in Dockerfiles and ARM templates', () => {
  const repo = join(import.meta.dirname, '../../..');
  const context: ParseContext = { cwd: '/', root: repo, readFile: () => '', listDir: () => undefined, options: {} };

  it('marks a multi-stage Dockerfile builder base as build-only and the final base as shipped', () => {
    const file = 'examples/docker/hardened.Dockerfile';
    const text = readFileSync(`${repo}/${file}`, 'utf8');
    assert.ok(dockerfileImages.candidate(file) && dockerfileImages.detect(file, text));
    const found = dockerfileImages.extract(text, file, context);
    assert.equal(found.filter((use) => !use.buildOnly).length, 1);
    assert.match(found.find((use) => !use.buildOnly)!.reference, /distroless.*@sha256:/);
    assert.ok(found.some((use) => use.buildOnly && /golang/.test(use.reference)));
  });

  it('keeps an unresolved Dockerfile reference as written', () => {
    const text = 'ARG BASE\nFROM ${BASE}\nUSER 1000\n';
    assert.deepEqual(
      dockerfileImages.extract(text, 'Dockerfile', context).map((use) => [use.reference, use.buildOnly, use.line]),
      [['${BASE}', false, 2]],
    );
  });

  it('reads container groups and web apps for containers from the expanded template', () => {
    const template = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { tag: { type: 'string', defaultValue: '1.4.2' } },
        resources: [
          {
            type: 'Microsoft.ContainerInstance/containerGroups',
            apiVersion: '2023-05-01',
            name: 'jobs',
            location: 'westeurope',
            properties: { osType: 'Linux', containers: [{ name: 'worker', properties: { image: "[concat('acme.azurecr.io/worker:', parameters('tag'))]" } }] },
          },
          {
            type: 'Microsoft.Web/sites',
            apiVersion: '2022-09-01',
            name: 'web',
            location: 'westeurope',
            properties: { siteConfig: { linuxFxVersion: 'DOCKER|nginx:1.27' } },
          },
        ],
      },
      null,
      2,
    );
    assert.deepEqual(
      armImages.extract(template, 'app.json', context).map((use) => [use.reference, use.resource]),
      [
        ['acme.azurecr.io/worker:1.4.2', 'Microsoft.ContainerInstance/containerGroups/jobs'],
        ['nginx:1.27', 'Microsoft.Web/sites/web'],
      ],
    );
  });
});
