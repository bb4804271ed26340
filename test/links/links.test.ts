import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { linkImages } from '../../src/engine/links.js';
import type { Finding } from '../../src/findings/finding.js';
import { arm } from '../../src/formats/arm/index.js';
import { builtImage, dockerfile, type DockerfileDocument, type DockerfileFacts } from '../../src/formats/dockerfile/index.js';
import type { ParseContext } from '../../src/formats/types.js';
import type { Report } from '../../src/report/model.js';
import { runCli } from '../helpers.js';

const fixtures = join(import.meta.dirname, '../../../test/links/fixtures');
const context: ParseContext = { cwd: '/', root: fixtures, readFile: () => '', listDir: () => undefined, options: {} };

async function check(dir: string, ...args: string[]): Promise<Report> {
  const { stdout, stderr } = await runCli(['check', '.', '--format', 'json', ...args], { cwd: join(fixtures, dir) });
  assert.ok(stdout, stderr);
  const report = JSON.parse(stdout) as Report;
  assert.deepEqual(report.errors, []);
  return report;
}

const linkedTo = (finding: Finding) => (finding.related ?? []).filter((related) => /^runs image /.test(related.message));

describe('a workload linked to the Dockerfile that builds its image', () => {
  test('findings of workloads that run a labelled image point at the final FROM; others stay unlinked', async () => {
    const report = await check('labelled');
    const of = (resource: string) => report.findings.filter((finding) => finding.resource === resource);
    const web = of('Deployment/prod/web');
    assert.ok(web.some((finding) => finding.ruleId === 'K8S-PSS-003'));
    for (const finding of web) {
      assert.deepEqual(linkedTo(finding), [
        { file: 'docker/web.Dockerfile', startLine: 8, startColumn: 1, endLine: 8, endColumn: 58, message: 'runs image ghcr.io/acme/web:1.4.2, built by docker/web.Dockerfile' },
      ]);
    }
    const proxy = of('Deployment/prod/proxy');
    assert.ok(proxy.length > 0);
    assert.ok(proxy.every((finding) => linkedTo(finding).length === 0), 'nginx is built by no Dockerfile of the run');
    // A Docker Hub name matches however it is written: acme/api:2 is docker.io/acme/api@sha256:...
    assert.ok(of('Pod/prod/api').every((finding) => linkedTo(finding)[0]?.file === 'api/Dockerfile'));
    // ARM: the web app's findings, by resource, and not the template's other resources.
    const site = of('Microsoft.Web/sites/web');
    assert.ok(site.some((finding) => finding.ruleId === 'ARM-APPSERVICE-001'));
    assert.ok(site.every((finding) => linkedTo(finding)[0]?.message === 'runs image ghcr.io/acme/web:1.4.2, built by docker/web.Dockerfile'));
    // Dockerfile findings themselves carry no link.
    assert.ok(report.findings.filter((finding) => finding.kind === 'dockerfile').every((finding) => linkedTo(finding).length === 0));
  });

  test('the report lists each link with the resources that run the image, sorted', async () => {
    const report = await check('labelled');
    assert.deepEqual(report.links, [
      {
        image: 'docker.io/acme/api',
        dockerfile: { file: 'api/Dockerfile', line: 2 },
        source: 'label',
        resources: [{ kind: 'k8s', file: 'k8s/other.yaml', resource: 'Pod/prod/api', reference: 'docker.io/acme/api@sha256:4f53a1f6d3c0e8a9b2d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5' }],
      },
      {
        image: 'ghcr.io/acme/web',
        dockerfile: { file: 'docker/web.Dockerfile', line: 8 },
        source: 'label',
        resources: [
          { kind: 'arm', file: 'azure/app.json', resource: 'Microsoft.ContainerInstance/containerGroups/jobs', reference: 'ghcr.io/acme/web@sha256:0d3653dd6f35159ec6e3d10263a42372f6f194c3dea0b35235d72aabde86486e' },
          { kind: 'arm', file: 'azure/app.json', resource: 'Microsoft.Web/sites/web', reference: 'ghcr.io/acme/web:1.4.2' },
          { kind: 'k8s', file: 'k8s/web.yaml', resource: 'Deployment/prod/web', reference: 'ghcr.io/acme/web:1.4.2' },
        ],
      },
    ]);
  });

  test('without the Dockerfile in the run there is no link', async () => {
    const { stdout } = await runCli(['check', 'k8s', '--format', 'json'], { cwd: join(fixtures, 'labelled') });
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(report.links, []);
    assert.ok(report.findings.length > 0 && report.findings.every((finding) => linkedTo(finding).length === 0));
  });

  test('the config names the image of an unlabelled Dockerfile, relative to the config file', async () => {
    const report = await check('mapped');
    assert.deepEqual(report.links, [
      {
        image: 'registry.example.com:5000/team/svc',
        dockerfile: { file: 'svc/Dockerfile', line: 1 },
        source: 'config',
        resources: [{ kind: 'k8s', file: 'k8s/svc.yaml', resource: 'CronJob/jobs/svc', reference: 'registry.example.com:5000/team/svc:3.1' }],
      },
    ]);
    const cron = report.findings.filter((finding) => finding.resource === 'CronJob/jobs/svc');
    assert.ok(cron.some((finding) => finding.ruleId === 'K8S-PSS-003'));
    assert.ok(cron.every((finding) => linkedTo(finding)[0]?.file === 'svc/Dockerfile' && linkedTo(finding)[0]?.startLine === 1));
    // Checked from elsewhere, the config is found upward and its paths still resolve against it.
    const { stdout } = await runCli(['check', 'test/links/fixtures/mapped', '--format', 'json'], { cwd: join(fixtures, '../../..') });
    assert.deepEqual((JSON.parse(stdout) as Report).links.map((link) => link.dockerfile.file), ['test/links/fixtures/mapped/svc/Dockerfile']);
  });
});

describe('the image a Dockerfile names', () => {
  const built = (text: string) => builtImage(dockerfile.parse(text, 'Dockerfile', context)[0]!.document as DockerfileDocument);
  const LABEL = 'LABEL org.opencontainers.image.ref.name';

  test('is the last ref.name label of the final stage or a stage it is built on', () => {
    assert.deepEqual(built(`FROM alpine AS base\n${LABEL}=ghcr.io/acme/old\nFROM base\n${LABEL}="ghcr.io/acme/web:2"\n`), { name: 'ghcr.io/acme/web:2', line: 4 });
    assert.deepEqual(built(`FROM alpine AS base\n${LABEL}=ghcr.io/acme/base\nFROM base\nUSER 1\n`), { name: 'ghcr.io/acme/base', line: 2 });
  });

  test('not a builder stage\'s label, another OCI key, or a bare version', () => {
    assert.equal(built(`FROM golang AS build\n${LABEL}=ghcr.io/acme/build\nFROM scratch\n`), undefined);
    assert.equal(built('FROM alpine\nLABEL org.opencontainers.image.title=web org.opencontainers.image.source=https://github.com/acme/web\n'), undefined);
    assert.equal(built(`FROM ubuntu\n${LABEL}=24.04\n`), undefined);
  });

  test('substitutes known variables, and names nothing when the value is unknown', () => {
    assert.deepEqual(built(`ARG REPO=ghcr.io/acme\nFROM alpine\nARG REPO\n${LABEL}=\${REPO}/web\n`), { name: 'ghcr.io/acme/web', line: 4 });
    assert.equal(built(`FROM alpine\nARG TAG\n${LABEL}=ghcr.io/acme/web:\${TAG}\n`), undefined);
  });

  test('reaches the run scope in the Dockerfile facts, with the final FROM', () => {
    const [document] = dockerfile.parse(`FROM golang AS build\nRUN true\n\nFROM alpine:3.20\n${LABEL}=ghcr.io/acme/web\n`, 'Dockerfile', context);
    const facts = document!.facts!() as DockerfileFacts;
    assert.deepEqual(facts.builds, ['ghcr.io/acme/web']);
    assert.deepEqual(facts.from, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 17 });
    assert.deepEqual(facts.uses.map((use) => [use.canonical, use.final]), [['docker.io/library/golang:latest', false], ['docker.io/library/alpine:3.20', true]]);
  });
});

describe('ARM facts', () => {
  test('list the images each resource runs, named as its findings name the resource', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        { type: 'Microsoft.App/containerApps', apiVersion: '2024-03-01', name: 'api', location: 'westeurope', properties: { template: { initContainers: [{ name: 'migrate', image: 'ghcr.io/acme/migrate:1' }], containers: [{ name: 'api', image: 'ghcr.io/acme/api:1' }] } } },
        { type: 'Microsoft.Web/sites/config', apiVersion: '2022-09-01', name: 'web/web', properties: { windowsFxVersion: 'DOCKER|mcr.microsoft.com/dotnet/aspnet:8.0' } },
        { type: 'Microsoft.Web/sites', apiVersion: '2022-09-01', name: 'code', location: 'westeurope', properties: { siteConfig: { linuxFxVersion: 'NODE|20-lts' } } },
      ],
    };
    const [document] = arm.parse(JSON.stringify(template), 'app.json', context);
    assert.deepEqual((document!.facts!() as { images: unknown }).images, [
      { resource: 'Microsoft.App/containerApps/api', image: 'ghcr.io/acme/migrate:1' },
      { resource: 'Microsoft.App/containerApps/api', image: 'ghcr.io/acme/api:1' },
      { resource: 'Microsoft.Web/sites/config/web/web', image: 'mcr.microsoft.com/dotnet/aspnet:8.0' },
    ]);
  });
});

describe('linkImages', () => {
  const span = { startLine: 3, startColumn: 1, endLine: 3, endColumn: 12 };
  const dockerfileDoc = (file: string, builds: string[]) => ({ kind: 'dockerfile' as const, file, resource: 'Dockerfile', facts: { builds, uses: [], from: span } });
  const finding = (file: string, resource: string): Finding => ({
    ruleId: 'K8S-PSS-003',
    severity: 'high',
    title: 't',
    message: 'm',
    kind: 'k8s',
    resource,
    path: [],
    location: { file, ...span },
    controls: [],
    remediation: 'r',
    fingerprint: 'f',
  });

  test('two Dockerfiles building one repository both link; unresolved references and other repositories match nothing', () => {
    const documents = [
      dockerfileDoc('a/Dockerfile', ['acme/web']),
      dockerfileDoc('b/Dockerfile', ['index.docker.io/acme/web:dev', 'not a reference']),
      { kind: 'k8s' as const, file: 'k8s.yaml', resource: 'Pod/web', facts: { images: ['acme/web:1', '${IMAGE}', 'acme/webapp:1'] } },
    ];
    const { findings, links } = linkImages([finding('k8s.yaml', 'Pod/web'), finding('k8s.yaml', 'Pod/other')], documents, [], '/tmp');
    assert.deepEqual(links.map((link) => [link.image, link.dockerfile.file, link.resources.map((entry) => entry.reference)]), [
      ['docker.io/acme/web', 'a/Dockerfile', ['acme/web:1']],
      ['docker.io/acme/web', 'b/Dockerfile', ['acme/web:1']],
    ]);
    assert.deepEqual(findings[0]!.related?.map((related) => related.file), ['a/Dockerfile', 'b/Dockerfile']);
    assert.equal(findings[1]!.related, undefined);
  });

  test('a config mapping applies to the Dockerfile it names, by path from the working directory', () => {
    const documents = [dockerfileDoc('svc/Dockerfile', []), { kind: 'k8s' as const, file: 'k8s.yaml', resource: 'Pod/web', facts: { images: ['acme/svc:1'] } }];
    const mapped = (dockerfile: string) => linkImages([], documents, [{ dockerfile, image: 'acme/svc' }], '/work').links.map((link) => link.source);
    assert.deepEqual(mapped('./svc/../svc/Dockerfile'), ['config']);
    assert.deepEqual(mapped('other/Dockerfile'), []);
  });
});
