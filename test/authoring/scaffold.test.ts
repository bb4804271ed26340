// What `policy new` writes for every kind: Rego that builds, is `opa fmt` clean and passes its own
// unit tests, and fixtures in the real format on which the example rule fires at the line its
// tests.yaml names. The fixtures are checked with each kind's parser directly, so a kind whose
// format is not registered yet (and so gets no fixture from `policy new`) is covered too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { KINDS, opaPath, projectSources } from '../../src/authoring/build.js';
import { TEMPLATES } from '../../src/authoring/templates.js';
import { readBundle } from '../../src/engine/bundle.js';
import { toFinding } from '../../src/engine/check.js';
import { Engine } from '../../src/engine/engine.js';
import { arm } from '../../src/formats/arm/index.js';
import { dockerfile } from '../../src/formats/dockerfile/index.js';
import { firewall } from '../../src/formats/firewall/index.js';
import { FORMATS } from '../../src/formats/index.js';
import { k8s } from '../../src/formats/k8s/index.js';
import { sshd } from '../../src/formats/sshd/index.js';
import type { Format, Kind, ParseContext } from '../../src/formats/types.js';
import { runCli, tempDir } from '../helpers.js';

const PARSERS: Record<Kind, Format> = { k8s, arm, sshd, firewall, dockerfile };

const context: ParseContext = {
  cwd: '/',
  root: '/',
  options: {},
  readFile: (path) => {
    throw new Error(`unexpected read of ${path}`);
  },
  listDir: () => undefined,
};

async function everyKind(): Promise<{ dir: string; ids: Map<Kind, string>; output: Map<Kind, string> }> {
  const dir = tempDir();
  const ids = new Map<Kind, string>();
  const output = new Map<Kind, string>();
  for (const kind of KINDS) {
    const { code, stdout, stderr } = await runCli(['new', kind, 'example', '--family', 'acme'], { cwd: dir });
    assert.equal(code, 0, stderr);
    ids.set(kind, /rule (\S+):/.exec(stdout)![1]!);
    output.set(kind, stdout);
  }
  return { dir, ids, output };
}

describe('policy new, for every kind', async () => {
  const { dir, ids, output } = await everyKind();

  test('ids follow the built-in prefixes', () => {
    assert.deepEqual(Object.fromEntries(ids), { k8s: 'K8S-ACME-001', arm: 'ARM-ACME-001', sshd: 'SSHD-ACME-001', firewall: 'FW-ACME-001', dockerfile: 'DOCKER-ACME-001' });
  });

  test('the Rego is opa fmt clean and its unit tests pass', () => {
    assert.equal(execFileSync(opaPath(), ['fmt', '--list', 'policies'], { cwd: dir, encoding: 'utf8' }), '');
    const data = ['*.json', '*.yaml', '*.yml'].flatMap((pattern) => ['--ignore', pattern]);
    assert.equal(execFileSync(opaPath(), ['check', '--strict', ...data, 'policies', ...projectSources()], { cwd: dir, encoding: 'utf8' }), '');
  });

  test('fixtures are written exactly for the kinds whose format is registered, and the output says so', async () => {
    for (const kind of KINDS) {
      const registered = FORMATS.some((format) => format.kind === kind);
      assert.equal(output.get(kind)!.includes('testdata/example/tests.yaml'), registered, kind);
      assert.equal(output.get(kind)!.includes(`note: the ${kind} input format is not available in this build yet`), !registered, kind);
    }
    const tested = await runCli(['test', 'policies'], { cwd: dir });
    assert.equal(tested.code, 0, tested.stdout + tested.stderr);
    assert.match(tested.stdout, new RegExp(`PASS: ${KINDS.length * 2}/${KINDS.length * 2}`));
    const registered = KINDS.filter((kind) => FORMATS.some((format) => format.kind === kind)).length;
    assert.match(tested.stdout, new RegExp(`${registered * 2} passed, 0 failed`));
  });

  test("each kind's fixtures, read by its own parser: the failing one fires on the marked line, the passing one does not", async () => {
    const { code, stderr } = await runCli(['build', 'policies', '-o', 'bundle.tar.gz'], { cwd: dir });
    assert.equal(code, 0, stderr);
    const engine = await Engine.load([readBundle(join(dir, 'bundle.tar.gz'))]);
    for (const kind of KINDS) {
      const { fixture } = TEMPLATES[kind];
      for (const variant of ['fail', 'pass'] as const) {
        const file = fixture.file.replace('{variant}', variant);
        const text = fixture[variant].text;
        assert.ok(PARSERS[kind].detect(file, text), `${kind} detects ${file}`);
        const fired = [];
        for (const document of PARSERS[kind].parse(text, file, context)) {
          const raw = await engine.evaluate({ kind, file, document: document.document, context: document.context ?? {} });
          fired.push(...raw.map((finding) => toFinding(engine, finding, document)));
        }
        const expected = variant === 'fail' ? [[ids.get(kind), text.split('\n').findIndex((line) => line.includes(fixture.fail.marker)) + 1]] : [];
        assert.deepEqual(
          fired.map((finding) => [finding.ruleId, finding.location.startLine]),
          expected,
          `${kind} ${variant}: ${fired.map((finding) => finding.message).join('; ')}`,
        );
      }
    }
  });
});
