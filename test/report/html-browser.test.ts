// The HTML report opened in a real browser: headless Chromium (Debian's package, driven by
// playwright-core) loads the file with no network, shows the decision, the risk chart, snippets,
// waivers and the SBOM, and the severity, kind and accepted filters hide and show findings.
// Screenshots are saved to build/test-artifacts/html-report*.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../../build/test-artifacts/', import.meta.url));

/** Installs Debian's chromium when it is missing and the tests run as root; the reason to skip otherwise. */
function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing and the tests do not run as root to install it (apt-get install -y chromium)`;
  try {
    execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'ignore', timeout: 15 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    return `chromium could not be installed (apt-get install -y chromium: ${(error as Error).message.split('\n')[0]})`;
  }
  return existsSync(CHROMIUM) ? undefined : `apt-get installed chromium but ${CHROMIUM} does not exist`;
}

const skip = chromiumMissing();
if (skip) console.log(`# skipping the browser test of the HTML report: ${skip}`);

const pod = (name: string, spec: string, container = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}  containers:\n    - name: app\n      image: nginx:1.27\n${container}`;

/** A real run over Kubernetes manifests and a Dockerfile, with waivers, plus an SBOM with a vulnerability and a risk score. */
async function fixture(): Promise<{ file: string; report: Report }> {
  const dir = tempDir({
    '.policygate.yaml': [
      'waivers:',
      '  - { rule: K8S-PSS-006, resource: Pod/edge, reason: "ingress moves to a LoadBalancer", owner: net-team, expires: 2027-01-20 }',
      '  - { rule: K8S-PSS-002, resource: Pod/legacy, reason: "old agent", owner: ops, expires: 2026-12-01 }',
      '',
    ].join('\n'),
    'k8s/web.yaml': pod('web', '  hostNetwork: true\n', '      securityContext:\n        privileged: true\n'),
    'k8s/edge.yaml': pod('edge', '', '      ports: [{ containerPort: 80, hostPort: 80 }]\n'),
    'k8s/legacy.yaml': pod('legacy', '  hostPID: true\n'),
    'docker/Dockerfile': 'FROM nginx:latest\nUSER root\nADD https://example.com/app.tar.gz /srv/\nCMD ["nginx", "-g", "daemon off;"]\n',
  });
  const { stdout } = await runCli(['check', '.', '--format', 'json'], { cwd: dir, env: { POLICYGATE_TODAY: '2027-01-01' } });
  const report = JSON.parse(stdout) as Report;
  const sbomRun = await runCli(['sbom', '.', '--reproducible'], { cwd: dir });
  const sbom = JSON.parse(sbomRun.stdout) as { components: { name: string; version?: string; 'bom-ref': string }[]; vulnerabilities?: unknown[] };
  const nginx = sbom.components.find((component) => component.name === 'docker.io/library/nginx' && component.version === '1.27')!;
  sbom.vulnerabilities = [{ id: 'CVE-2026-12345', source: { name: 'NVD' }, ratings: [{ severity: 'high', score: 8.1, method: 'CVSSv31' }], affects: [{ ref: nginx['bom-ref'] }] }];
  // The risk object as the HTML report reads it (the risk score is not in the JSON report yet).
  const risk = {
    score: 78,
    rating: 'high',
    contributors: [
      { title: 'K8S-PSS-003 privileged container on a host-network pod', contribution: 31 },
      { title: 'CVE-2026-12345 in nginx:1.27', contribution: 18 },
      { title: 'K8S-PSS-002 host namespaces (waiver expired)', contribution: 12 },
      { title: 'DOCKER: image runs as root', contribution: 9 },
    ],
  };
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml({ ...report, risk } as Report, { readSource: (path) => readFileSync(join(dir, path), 'utf8'), sbom }));
  return { file, report };
}

describe('HTML report in headless Chromium', { skip }, () => {
  let context: BrowserContext;
  let page: Page;
  let report: Report;
  const requests: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const built = await fixture();
    report = built.report;
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policygate-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(built.file).href);
  });

  after(async () => {
    await context?.close();
  });

  const visibleFindings = () => page.locator('.finding:visible').count();
  const counted = () => report.findings.filter((finding) => !finding.suppressed);
  const setFilter = (name: string, value: string, checked: boolean) => page.locator(`#filters input[name="${name}"][value="${value}"]`).setChecked(checked);

  test('loads with no request but the file itself, and no console error', async () => {
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.reload();
    assert.deepEqual([...new Set(requests)], [page.url()]);
    assert.deepEqual(errors, []);
  });

  test('the decision and the risk with its chart come first', async () => {
    assert.equal(await page.locator('#decision').getAttribute('data-state'), 'blocked');
    assert.match(await page.locator('#decision .verdict').innerText(), /blocked/i);
    assert.equal(await page.locator('#risk-score').innerText(), '78');
    assert.equal((await page.locator('#risk-rating').innerText()).toLowerCase(), 'high');
    const bars = page.locator('#risk-chart g.bar');
    assert.equal(await bars.count(), 4);
    const widths = await page.locator('#risk-chart rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    assert.deepEqual([...widths].sort((a, b) => b - a), widths, 'largest first');
    assert.ok(widths[0]! > widths[3]! * 3);
    const boxes = await Promise.all(['#decision', '#risk', '#findings'].map(async (selector) => (await page.locator(selector).boundingBox())!.y));
    assert.deepEqual([...boxes].sort((a, b) => a - b), boxes);
  });

  test('findings are grouped by file, then severity, with the code around each location', async () => {
    assert.equal(await visibleFindings(), counted().length);
    const files = await page.locator('details.file').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-file')));
    assert.deepEqual(files, [...new Set(report.findings.map((finding) => finding.location.file))].sort());
    const web = page.locator('details.file[data-file="k8s/web.yaml"] .severity-group');
    const order = await web.evaluateAll((groups) => groups.map((group) => group.getAttribute('data-severity')));
    assert.deepEqual(order, ['critical', 'high', 'medium', 'low', 'info'].filter((severity) => order.includes(severity)));
    const privileged = page.locator('.finding[data-rule="K8S-PSS-003"]');
    assert.equal(await privileged.locator('.line.hit').innerText(), `${report.findings.find((finding) => finding.ruleId === 'K8S-PSS-003')!.location.startLine}        privileged: true`);
    assert.ok((await privileged.locator('.snippet .line').count()) >= 3, 'context lines around the hit');
  });

  test('the severity filter shows only the severities ticked, and hides empty groups', async () => {
    for (const severity of ['high', 'medium', 'low', 'info']) await setFilter('severity', severity, false);
    const critical = counted().filter((finding) => finding.severity === 'critical');
    assert.ok(critical.length > 0);
    assert.equal(await visibleFindings(), critical.length);
    assert.equal(await page.locator('#shown').innerText(), `Showing ${critical.length} of ${report.findings.length} findings.`);
    const files = await page.locator('details.file:visible').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-file')));
    assert.deepEqual(files, [...new Set(critical.map((finding) => finding.location.file))].sort());
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-critical.png'), fullPage: true });
    for (const severity of ['high', 'medium', 'low', 'info']) await setFilter('severity', severity, true);
    assert.equal(await visibleFindings(), counted().length);
  });

  test('the kind filter and the accepted toggle', async () => {
    await setFilter('kind', 'k8s', false);
    const dockerfile = counted().filter((finding) => finding.kind === 'dockerfile');
    assert.ok(dockerfile.length > 0);
    assert.equal(await visibleFindings(), dockerfile.length);
    await setFilter('kind', 'k8s', true);
    const accepted = report.findings.filter((finding) => finding.suppressed);
    assert.ok(accepted.length > 0, 'the fixture has an accepted finding');
    assert.equal(await page.locator('.finding[data-accepted="true"]:visible').count(), 0, 'accepted findings are hidden at first');
    await page.locator('#filters input[name="accepted"]').check();
    assert.equal(await visibleFindings(), report.findings.length);
    assert.match(await page.locator('.finding[data-accepted="true"] .acceptance').first().innerText(), /Accepted \(waiver\): ingress moves to a LoadBalancer, owner net-team, expires 2027-01-20/);
    await page.locator('#filters input[name="accepted"]').uncheck();
  });

  test('waivers with their expiry, and the SBOM with its vulnerabilities', async () => {
    const statuses = await page.locator('#waivers tr.waiver').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-status'), row.children[4]!.textContent]));
    assert.deepEqual(statuses, [
      ['expiring', '2027-01-20 (in 19 days)'],
      ['expired', '2026-12-01 (31 days ago)'],
    ]);
    const vulnerable = page.locator('#sbom tr.component[data-vulnerable="true"]');
    assert.equal(await vulnerable.count(), 1);
    assert.match(await vulnerable.innerText(), /docker\.io\/library\/nginx\s+1\.27[\s\S]*CVE-2026-12345 high 8\.1/);
    assert.ok((await page.locator('#sbom tr.component').count()) >= 2);
  });

  test('screenshot', async () => {
    const path = join(ARTIFACTS, 'html-report.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path });
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-full.png'), fullPage: true });
    assert.ok(readFileSync(path).length > 10_000);
    console.log(`# screenshots: ${path}, html-report-full.png and html-report-critical.png beside it`);
  });
});
