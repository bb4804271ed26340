import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadYaml, MAX_ALIAS_EXPANSION } from '../../src/formats/yaml/load.js';
import { InputError } from '../../src/formats/types.js';

const stream = `# leading comment
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      securityContext:
        privileged: true
---
kind: ConfigMap
data: { "a b": 'x', n: 1 }
`;

describe('loadYaml', () => {
  test('reads every document with YAML 1.1 scalars, as Kubernetes does', () => {
    const docs = loadYaml('a: yes\nb: 0755\nc: off\n', 'f.yaml');
    assert.deepEqual(docs[0]!.value, { a: true, b: 493, c: false });
  });

  test('locates a mapping entry from its key to the end of its value', () => {
    const [pod] = loadYaml(stream, 'f.yaml');
    assert.deepEqual(pod!.locate(['spec', 'containers', 0, 'securityContext', 'privileged']), { startLine: 10, startColumn: 9, endLine: 10, endColumn: 25 });
    assert.equal(pod!.locate(['spec', 'containers', 0]).startLine, 8);
    assert.equal(pod!.locate(['metadata', 'name']).startLine, 5);
  });

  test('falls back to the nearest existing ancestor for an absent field', () => {
    const [pod] = loadYaml(stream, 'f.yaml');
    const span = pod!.locate(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']);
    assert.equal(span.startLine, 9);
    assert.equal(span.startColumn, 7);
  });

  test('locates in the second document of a stream and inside flow collections', () => {
    const [, config] = loadYaml(stream, 'f.yaml');
    assert.deepEqual(config!.locate(['data', 'a b']), { startLine: 13, startColumn: 9, endLine: 13, endColumn: 19 }); // end is exclusive, as in SARIF
    assert.equal(config!.locate(['data', 'n']).startColumn, 21);
  });

  test('rejects an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const started = Date.now();
    assert.throws(() => loadYaml(levels.join('\n'), 'bomb.yaml'), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.file, 'bomb.yaml');
      assert.match(error.message, new RegExp(`more than ${MAX_ALIAS_EXPANSION}`));
      return true;
    });
    assert.ok(Date.now() - started < 1000);
  });

  test('accepts ordinary anchors and aliases', () => {
    const [doc] = loadYaml('base: &b {x: 1}\nother: *b\n', 'f.yaml');
    assert.deepEqual(doc!.value, { base: { x: 1 }, other: { x: 1 } });
  });

  test('rejects duplicate keys with their position', () => {
    assert.throws(() => loadYaml('a: 1\nb: 2\na: 3\n', 'dup.yaml'), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /duplicated mapping key/);
      assert.equal(error.line, 3);
      return true;
    });
  });

  test('rejects syntax errors and over-deep nesting with a clear error', () => {
    assert.throws(() => loadYaml('a: [\n', 'bad.yaml'), /invalid YAML/);
    assert.throws(() => loadYaml(`${'['.repeat(500)}${']'.repeat(500)}`, 'deep.yaml'), (error: unknown) => error instanceof InputError);
  });
});
