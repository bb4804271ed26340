import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { k8s } from '../../src/formats/k8s/index.js';
import { InputError, type ParseContext } from '../../src/formats/types.js';

const context: ParseContext = { cwd: '/', root: '/', readFile: () => '', listDir: () => undefined, options: {} };

describe('k8s format', () => {
  test('detects manifests by content, not by extension alone', () => {
    assert.ok(k8s.detect('a.yaml', 'apiVersion: v1\nkind: Pod\n'));
    assert.ok(k8s.detect('a.json', '{\n  "apiVersion": "v1",\n  "kind": "Pod"\n}'));
    assert.ok(!k8s.detect('ci.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n'));
    assert.ok(!k8s.detect('compose.yaml', 'services:\n  web:\n    image: nginx\n'));
    assert.ok(!k8s.detect('Pod.txt', 'apiVersion: v1\nkind: Pod\n'));
  });

  test('names resources Kind/namespace/name, or Kind/name without a namespace', () => {
    const docs = k8s.parse('apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: prod}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n', 'f.yaml', context);
    assert.deepEqual(docs.map((doc) => doc.resource), ['Pod/prod/a', 'Namespace/prod']);
  });

  test('unwraps List kinds and locates items inside the list', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: b}\n';
    const docs = k8s.parse(text, 'list.yaml', context);
    assert.deepEqual(docs.map((doc) => doc.resource), ['Pod/a', 'Deployment/b']);
    assert.equal(docs[1]!.locate(['metadata', 'name']).startLine, 9);
  });

  test('parses JSON manifests with positions', () => {
    const docs = k8s.parse('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "j"\n  }\n}\n', 'p.json', context);
    assert.equal(docs[0]!.resource, 'Pod/j');
    assert.equal(docs[0]!.locate(['metadata', 'name']).startLine, 5);
  });

  test('skips empty documents but refuses a document that is not a Kubernetes object', () => {
    assert.equal(k8s.parse('---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n', 'f.yaml', context).length, 1);
    assert.throws(
      () => k8s.parse('apiVersion: v1\nkind: Pod\n---\njust: data\n', 'f.yaml', context),
      (error: unknown) => error instanceof InputError && /document 2 is not a Kubernetes object/.test(error.message) && error.line === 4,
    );
  });
});

describe('k8s facts for the run scope', () => {
  test('keep identity, labels and selectors, drop payloads and container details, list images', () => {
    const [deployment, secret] = k8s.parse(
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: prod, labels: {app: web}}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: web
      initContainers: [{name: init, image: busybox:1.36}]
      containers: [{name: web, image: nginx:1.27, env: [{name: A, value: b}]}, {name: side, image: nginx:1.27}]
      volumes: [{name: v, emptyDir: {}}]
---
apiVersion: v1
kind: Secret
metadata: {name: s}
data: {password: c2VjcmV0}
`,
      'f.yaml',
      context,
    );
    assert.deepEqual(deployment!.facts!(), {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'prod', labels: { app: 'web' } },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { serviceAccountName: 'web' } } },
      images: ['busybox:1.36', 'nginx:1.27'],
    });
    assert.deepEqual(secret!.facts!(), { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, images: [] });
  });
});
