// The HTML report's markup, from real runs: self-contained, escaped, with snippets around each
// location, the risk (or an honest placeholder), waivers and the SBOM. The browser test
// (html-browser.test.ts) checks how it behaves when opened.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { runCli, tempDir } from '../helpers.js';

const ENV = { POLICYGATE_TODAY: '2027-01-01' };

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}  containers:\n    - name: app\n      image: nginx:1.27\n`;

async function reportOf(dir: string, args: string[] = []): Promise<Report> {
  const { stdout } = await runCli(['check', '.', '--format', 'json', ...args], { cwd: dir, env: ENV });
  return JSON.parse(stdout) as Report;
}

const readFrom = (dir: string) => (file: string) => {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
};

/** Text of the element with this id, tags stripped. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no #${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('HTML report', () => {
  test('--output html= writes one self-contained page: inline style and script, a policy that forbids fetching, nothing external', async () => {
    const dir = tempDir({ 'k8s/web.yaml': pod('web', '  hostPID: true\n') });
    const { code } = await runCli(['check', '.', '--output', 'html=out/report.html'], { cwd: dir, env: ENV });
    assert.equal(code, 1);
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">/);
    assert.doesNotMatch(html, /\s(src|href)=|<link|@import|@font-face|url\(/i, 'no external resource of any kind');
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<header class="decision blocked" id="decision" data-state="blocked">/);
    assert.match(html, /<article class="finding" data-severity="high" data-kind="k8s" data-accepted="false" data-rule="K8S-PSS-002">/);
  });

  test('the config can ask for it too', async () => {
    const dir = tempDir({ '.policygate.yaml': 'outputs:\n  - { format: html, path: reports/policygate.html }\n', 'a.yaml': pod('a', '') });
    assert.equal((await runCli(['check', '.'], { cwd: dir, env: ENV })).code, 0);
    assert.match(readFileSync(join(dir, 'reports/policygate.html'), 'utf8'), /data-state="passed"/);
  });

  test('text from inputs is escaped, never markup', async () => {
    const dir = tempDir({
      '.policygate.yaml': 'waivers:\n  - { rule: K8S-PSS-002, resource: Pod/web, reason: "<script>alert(1)</script> & \\"quotes\\"", owner: "<b>ops</b>", expires: 2027-02-01 }\n',
      'k8s/web.yaml': pod('web', '  hostPID: true\n').replace('image: nginx:1.27', 'image: "nginx:1.27<img>"'),
    });
    const html = renderHtml(await reportOf(dir), { readSource: readFrom(dir) });
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.doesNotMatch(html, /<b>ops|<img>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quotes&quot;/);
    assert.match(html, /image: &quot;nginx:1\.27&lt;img&gt;&quot;/, 'snippets are escaped too');
  });

  test('each finding shows the lines around its range, the range marked, from the file as written (CRLF too)', async () => {
    const text = pod('web', '  hostPID: true\n').replace(/\n/g, '\r\n');
    const dir = tempDir({ 'web.yaml': text });
    const report = await reportOf(dir);
    const finding = report.findings.find((item) => item.ruleId === 'K8S-PSS-002')!;
    const html = renderHtml(report, { readSource: readFrom(dir) });
    const card = html.slice(html.indexOf('data-rule="K8S-PSS-002"'), html.indexOf('</article>', html.indexOf('data-rule="K8S-PSS-002"')));
    const lines = [...card.matchAll(/<span class="line( hit)?"><span class="ln">(\d+)<\/span>([^<]*)<\/span>/g)].map((match) => ({ hit: Boolean(match[1]), line: Number(match[2]), text: match[3] }));
    const { startLine, endLine } = finding.location;
    assert.deepEqual(
      lines.map((line) => line.line),
      Array.from({ length: endLine - startLine + 5 }, (_, i) => startLine - 2 + i),
    );
    assert.deepEqual(lines.filter((line) => line.hit).map((line) => line.text), ['  hostPID: true']);
    assert.ok(lines.every((line) => !line.text.includes('\r')));
    assert.doesNotMatch(renderHtml(report), /class="snippet"/, 'no source, no snippet');
    assert.doesNotMatch(renderHtml(report, { readSource: () => undefined }), /class="snippet"/);
  });

  test('a long range shows its first lines; a range at the top starts at line 1', async () => {
    const dir = tempDir({ 'web.yaml': pod('web', '') });
    const report = await reportOf(dir);
    const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const finding = { ...report.findings[0]!, location: { file: 'long.txt', startLine: 1, startColumn: 1, endLine: 15, endColumn: 1 } };
    const html = renderHtml({ ...report, findings: [finding] }, { readSource: () => text });
    const numbers = [...html.matchAll(/<span class="ln">(\d+)<\/span>/g)].map((match) => Number(match[1]));
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(html.match(/class="line hit"/g)?.length, 10, 'every line shown lies in the range');
    const last = { ...finding, location: { ...finding.location, startLine: 20, endLine: 20 } };
    const end = [...renderHtml({ ...report, findings: [last] }, { readSource: () => text }).matchAll(/<span class="ln">(\d+)<\/span>/g)].map((match) => Number(match[1]));
    assert.deepEqual(end, [18, 19, 20], 'no line past the end of the file');
  });

  test('without a risk score, the risk panel says so instead of drawing a chart; with one, the contributors are charted largest first', async () => {
    const dir = tempDir({ 'web.yaml': pod('web', '  hostPID: true\n') });
    const { risk: _scored, ...report } = await reportOf(dir);
    const plain = renderHtml(report);
    assert.match(section(plain, 'risk'), /Not scored in this run/);
    assert.doesNotMatch(plain, /<svg/);
    const contributors = Array.from({ length: 12 }, (_, i) => ({ title: `contributor ${i}`, contribution: i + 1 }));
    const scored = renderHtml({ ...report, risk: { score: 64, rating: 'high', contributors } } as Report);
    const risk = section(scored, 'risk');
    assert.match(risk, /<span class="score" id="risk-score">64<\/span> <span class="rating rating-high" id="risk-rating">high<\/span>/);
    const bars = [...risk.matchAll(/<title>contributor (\d+): (\d+)<\/title>/g)].map((match) => Number(match[2]));
    assert.deepEqual(bars, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3], 'the ten largest, in order');
  });

  test('waivers with their status and expiry, and the accepted findings they cover', async () => {
    const dir = tempDir({
      '.policygate.yaml': [
        'waivers:',
        '  - { rule: K8S-PSS-002, resource: Pod/web, reason: migrating, owner: ops, expires: 2027-01-20 }',
        '  - { rule: K8S-PSS-006, resource: Pod/web, reason: old, owner: net, expires: 2026-12-01 }',
        '',
      ].join('\n'),
      'web.yaml': pod('web', '  hostPID: true\n'),
    });
    const html = renderHtml(await reportOf(dir));
    const waivers = section(html, 'waivers');
    assert.match(waivers, /<tr class="waiver status-expiring" data-status="expiring"><td><span class="badge waiver-expiring">expiring<\/span><\/td><td>K8S-PSS-002<\/td><td>resource Pod\/web<\/td><td>ops<\/td><td>2027-01-20 <span class="muted">\(in 19 days\)<\/span><\/td><td>1<\/td>/);
    assert.match(waivers, /data-status="expired"[\s\S]*2026-12-01 <span class="muted">\(31 days ago\)<\/span>/);
    assert.match(html, /data-rule="K8S-PSS-002"[\s\S]*?Accepted \(waiver\): migrating, owner ops, expires 2027-01-20/);
    assert.match(html, /data-accepted="true" data-rule="K8S-PSS-002"/);
  });

  test('the SBOM: components with the vulnerabilities that affect them listed first; a placeholder without one', async () => {
    const dir = tempDir({ 'web.yaml': pod('web', '') });
    const report = await reportOf(dir);
    assert.match(section(renderHtml(report), 'sbom'), /No SBOM was given/);
    assert.match(section(renderHtml(report, { sbom: { spdxVersion: 'SPDX-2.3' } }), 'sbom'), /not CycloneDX JSON/);
    const sbom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        { type: 'library', name: 'alpha', version: '1.0.0', purl: 'pkg:npm/alpha@1.0.0', 'bom-ref': 'pkg:npm/alpha@1.0.0' },
        { type: 'library', name: 'zeta', version: '2.0.0', 'bom-ref': 'zeta', components: [{ type: 'library', name: 'nested', 'bom-ref': 'nested' }] },
      ],
      vulnerabilities: [
        { id: 'CVE-2026-0001', ratings: [{ severity: 'medium', score: 5.1 }, { severity: 'critical', score: 9.8, method: 'CVSSv31' }], affects: [{ ref: 'zeta' }] },
        { id: 'GHSA-xxxx-yyyy-zzzz', ratings: [{ severity: 'low' }], affects: [{ ref: 'nested' }], analysis: { state: 'not_affected' } },
      ],
    };
    const components = section(renderHtml(report, { sbom }), 'sbom');
    assert.match(components, /Components \(3, 2 with known vulnerabilities\)/);
    const rows = [...components.matchAll(/<tr class="component" data-vulnerable="(true|false)"><td>([^<]+)<\/td>/g)].map((match) => [match[2], match[1]]);
    assert.deepEqual(rows, [['nested', 'true'], ['zeta', 'true'], ['alpha', 'false']]);
    assert.match(components, /<span class="vuln sev-critical">CVE-2026-0001 critical 9\.8<\/span>/, 'the worst rating');
    assert.match(components, /GHSA-xxxx-yyyy-zzzz low \(not_affected\)/);
  });

  test('what was fixed and what could not be evaluated', async () => {
    const dir = tempDir({ 'a.yaml': pod('a', '  hostPID: true\n  hostIPC: true\n') });
    await runCli(['baseline', 'create', '-o', 'b.json', '.'], { cwd: dir });
    writeFileSync(join(dir, 'a.yaml'), pod('a', '  hostIPC: true\n'));
    writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: [\n');
    const html = renderHtml(await reportOf(dir, ['--baseline', 'b.json', '--allow-errors']));
    assert.match(section(html, 'fixed'), /Fixed \(1\)[\s\S]*K8S-PSS-002/);
    assert.match(section(html, 'errors'), /<code>broken\.yaml:\d+<\/code>/);
    assert.match(html, /Compared with baseline <code>b\.json<\/code>/);
  });

  test('the same report gives the same bytes', async () => {
    const dir = tempDir({ 'web.yaml': pod('web', '  hostPID: true\n') });
    const report = await reportOf(dir);
    assert.equal(renderHtml(report, { readSource: readFrom(dir) }), renderHtml(structuredClone(report), { readSource: readFrom(dir) }));
  });
});
