import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { opaPath } from '../../src/authoring/build.js';
import { BundleError, readBundle } from '../../src/engine/bundle.js';
import { Engine, EvaluationError } from '../../src/engine/engine.js';
import { tempDir } from '../helpers.js';

/** Compiles a one-rule policy with the real OPA into a .tar.gz bundle. */
function bundleOf(rule: string): string {
  const dir = tempDir({
    'main.rego': 'package main\n\nk8s contains f if some f in data.k8s[_][_].deny\n',
    'k8s/test/rule.rego': `package k8s.test.rule\n\n${rule}\n`,
  });
  const out = join(dir, 'bundle.tar.gz');
  execFileSync(opaPath(), ['build', '-t', 'wasm', '-e', 'main/k8s', '-o', out, dir]);
  return out;
}

const envelope = (document: unknown) => ({ kind: 'k8s' as const, file: 'f.yaml', document, context: {} });

describe('Engine', () => {
  test('evaluates a tar.gz bundle from opa build', async () => {
    const engine = await Engine.load([readBundle(bundleOf('deny contains {"rule": {}, "path": ["a"]} if input.document.a == 1'))]);
    assert.deepEqual(await engine.evaluate(envelope({ a: 1 })), [{ rule: {}, path: ['a'] }]);
    assert.deepEqual(await engine.evaluate(envelope({ a: 2 })), []);
  });

  test('refuses at load a bundle calling a builtin that nobody implements, naming it', async () => {
    const bundle = readBundle(bundleOf('deny contains {"rule": {}, "path": [], "t": time.now_ns()} if true'));
    await assert.rejects(Engine.load([bundle]), (error: unknown) => {
      assert.ok(error instanceof BundleError);
      assert.match(error.message, /time\.now_ns/);
      return true;
    });
  });

  test('serves host builtins implemented by policygate (regex.replace)', async () => {
    const engine = await Engine.load([readBundle(bundleOf('deny contains {"rule": {}, "path": [], "v": regex.replace(input.document.s, "[0-9]+", "#")} if true'))]);
    const [finding] = (await engine.evaluate(envelope({ s: 'a1b22' }))) as unknown as { v: string }[];
    assert.equal(finding!.v, 'a#b#');
  });

  test('turns a runtime error into an EvaluationError and stays usable', async () => {
    const engine = await Engine.load([
      readBundle(bundleOf('x := input.document.a if true\n\nx := 2 if input.document.b\n\ndeny contains {"rule": {}, "path": [], "x": x} if true')),
    ]);
    await assert.rejects(engine.evaluate(envelope({ a: 1, b: true })), (error: unknown) => error instanceof EvaluationError && /conflict/.test(error.message));
    assert.equal((await engine.evaluate(envelope({ a: 1 }))).length, 1);
  });

  test('caps memory: an input larger than the cap is an error, and the next input still evaluates', async () => {
    const bundle = readBundle(bundleOf('deny contains {"rule": {}, "path": []} if count(input.document.items) > 0'));
    const engine = await Engine.load([bundle], { maxBytes: 8 * 1024 * 1024, recycleBytes: 4 * 1024 * 1024 });
    const big = { items: Array.from({ length: 200_000 }, (_, i) => `item-${i}`) };
    await assert.rejects(engine.evaluate(envelope(big)), /more than 8 MB/);
    assert.equal((await engine.evaluate(envelope({ items: [1] }))).length, 1);
  });

  test('recycles an instance whose memory grew past the threshold', async () => {
    const bundle = readBundle(bundleOf('deny contains {"rule": {}, "path": []} if count(input.document.items) > 0'));
    const engine = await Engine.load([bundle], { maxBytes: 256 * 1024 * 1024, recycleBytes: 2 * 1024 * 1024 });
    await engine.evaluate(envelope({ items: [1] }));
    assert.deepEqual(engine.instanceCounts(), [1]);
    await engine.evaluate(envelope({ items: Array.from({ length: 100_000 }, (_, i) => `item-${i}`) }));
    await engine.evaluate(envelope({ items: [1] }));
    assert.deepEqual(engine.instanceCounts(), [2]);
  });

  test('refuses a file that is not a bundle', () => {
    const dir = tempDir({ 'x.tar.gz': 'not gzip' });
    assert.throws(() => readBundle(join(dir, 'x.tar.gz')), /not a gzip-compressed tar bundle/);
    assert.throws(() => readBundle(join(dir, 'missing.tar.gz')), /bundle not found/);
  });
});
