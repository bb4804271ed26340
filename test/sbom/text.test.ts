import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { isSpdxExpression } from '../../src/sbom/licenses.js';
import { cargoPurl, golangPurl, mavenPurl, npmPurl, pypiPurl } from '../../src/sbom/purl.js';
import { imagePurl, parseImageReference } from '../../src/sbom/images/reference.js';
import { scopesFromGraph, type Edge } from '../../src/sbom/scopes.js';
import { parseToml } from '../../src/sbom/text/toml.js';
import { parseXml } from '../../src/formats/xml.js';

describe('purls', () => {
  it('applies each type’s rules and encodes components', () => {
    assert.equal(npmPurl('@angular/core', '17.0.0'), 'pkg:npm/%40angular/core@17.0.0');
    assert.equal(npmPurl('JSONStream', '1.3.5'), 'pkg:npm/JSONStream@1.3.5'); // npm names are case-sensitive
    assert.equal(pypiPurl('Typing_Extensions', '4.12.2'), 'pkg:pypi/typing-extensions@4.12.2');
    assert.equal(golangPurl('github.com/BurntSushi/toml', 'v1.3.2'), 'pkg:golang/github.com/BurntSushi/toml@v1.3.2');
    assert.equal(cargoPurl('serde', '1.0.0+build.1'), 'pkg:cargo/serde@1.0.0%2Bbuild.1');
    assert.equal(mavenPurl('org.apache', 'x', '1.0', { type: 'pom', classifier: undefined }), 'pkg:maven/org.apache/x@1.0?type=pom');
    assert.equal(npmPurl('a', '1.0.0', { vcs_url: 'git+https://h/x.git#abc', b: 'z' }), 'pkg:npm/a@1.0.0?b=z&vcs_url=git%2Bhttps://h/x.git%23abc');
  });
});

describe('image references', () => {
  it('normalises Docker Hub names and splits registry, tag and digest', () => {
    assert.deepEqual(parseImageReference('nginx'), { registry: 'docker.io', repository: 'library/nginx', tag: undefined, digest: undefined });
    assert.deepEqual(parseImageReference('localhost:5000/a/b:1.0'), { registry: 'localhost:5000', repository: 'a/b', tag: '1.0', digest: undefined });
    assert.deepEqual(parseImageReference('index.docker.io/acme/app@sha256:' + 'ab'.repeat(32)), { registry: 'docker.io', repository: 'acme/app', tag: undefined, digest: 'sha256:' + 'ab'.repeat(32) });
    for (const bad of ['${IMAGE}', 'Nginx:1', 'nginx:', 'nginx@sha256:xyz', '']) assert.equal(parseImageReference(bad), undefined, bad);
  });

  it('uses pkg:oci with the digest when pinned, pkg:docker with the tag otherwise', () => {
    const digest = 'sha256:' + '0f'.repeat(32);
    assert.equal(imagePurl(parseImageReference(`ghcr.io/acme/api:2.1@${digest}`)!), `pkg:oci/api@sha256%3A${'0f'.repeat(32)}?repository_url=ghcr.io/acme/api&tag=2.1`);
    assert.equal(imagePurl(parseImageReference('nginx:1.27')!), 'pkg:docker/library/nginx@1.27');
    assert.equal(imagePurl(parseImageReference('ghcr.io/acme/api')!), 'pkg:docker/acme/api@latest?repository_url=ghcr.io');
  });
});

describe('scopes from the graph', () => {
  it('takes the best path: required over optional over dev', () => {
    const graph: Record<string, Edge[]> = {
      a: [{ to: 'c', kind: 'required' }],
      b: [{ to: 'c', kind: 'required' }, { to: 'd', kind: 'optional' }],
      d: [{ to: 'e', kind: 'required' }],
      t: [{ to: 'd', kind: 'required' }],
    };
    const scopes = scopesFromGraph(
      [
        { to: 'b', kind: 'optional' },
        { to: 'a', kind: 'required' },
        { to: 't', kind: 'dev' },
      ],
      (id) => graph[id] ?? [],
    );
    assert.deepEqual(Object.fromEntries([...scopes].sort()), { a: 'required', b: 'optional', c: 'required', d: 'optional', e: 'optional', t: 'dev' });
  });
});

describe('SPDX expressions', () => {
  it('accepts the grammar and known ids only', () => {
    for (const good of ['MIT OR Apache-2.0', '(MIT AND BSD-3-Clause) OR GPL-2.0-or-later', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-acme AND MIT']) assert.ok(isSpdxExpression(good), good);
    for (const bad of ['MIT OR', 'Custom License', '(MIT', 'MIT AND AND Apache-2.0']) assert.ok(!isSpdxExpression(bad), bad);
  });
});

describe('TOML reader', () => {
  it('reads tables, arrays of tables, inline tables, dotted keys and every string form', () => {
    const toml = parseToml(
      [
        'title = "a \\"quoted\\" \\u00e9"',
        "path = 'C:\\dir'",
        'multi = """',
        'one \\',
        '   two"""',
        "raw = '''x'y'''",
        'n = 1_000',
        'hex = 0xff',
        'f = -2.5e3',
        'when = 1979-05-27T07:32:00Z',
        'a.b.c = true',
        '[[package]]',
        'name = "x"',
        'deps = [ "a", # comment',
        '  "b",',
        ']',
        '[package.meta]',
        'inline = { x = 1, y = { z = [1, 2] } }',
        '[[package]]',
        'name = "y"',
      ].join('\n'),
      'f.toml',
    );
    assert.deepEqual(JSON.parse(JSON.stringify(toml)), {
      title: 'a "quoted" é',
      path: 'C:\\dir',
      multi: 'one two',
      raw: "x'y",
      n: 1000,
      hex: 255,
      f: -2500,
      when: '1979-05-27T07:32:00Z',
      a: { b: { c: true } },
      package: [{ name: 'x', deps: ['a', 'b'], meta: { inline: { x: 1, y: { z: [1, 2] } } } }, { name: 'y' }],
    });
  });

  it('names the line of an error and refuses redefinitions', () => {
    assert.throws(() => parseToml('a = 1\nb = [1, 2\n', 'f.toml'), (error: unknown) => error instanceof InputError && error.file === 'f.toml' && error.line === 3);
    assert.throws(() => parseToml('a = 1\na = 2\n', 'f.toml'), /defined twice/);
    assert.throws(() => parseToml('[t]\n[t]\n', 'f.toml'), /defined twice/);
    assert.throws(() => parseToml('x = { a = 1 }\n[x.b]\n', 'f.toml'), /already defined/);
  });
});

describe('XML reader', () => {
  it('reads elements, attributes, entities and CDATA, names as written', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c --><p:a x="1 &amp; 2"><b>t &lt;&#65;&#x42;&gt;</b><c><![CDATA[<raw>]]></c><d/></p:a>', 'f.xml');
    assert.equal(root.name, 'p:a');
    assert.deepEqual(root.attributes, { x: '1 & 2' });
    assert.deepEqual(root.children.map((item) => [item.name, item.text, item.line]), [['b', 't <AB>', 2], ['c', '<raw>', 2], ['d', '', 2]]);
  });

  it('rejects mismatched and unclosed elements, DOCTYPEs and unknown entities', () => {
    assert.throws(() => parseXml('<a><b></a>', 'f.xml'), /does not match/);
    assert.throws(() => parseXml('<a>\n<b>', 'f.xml'), (error: unknown) => error instanceof InputError && /<b> is never closed/.test(error.message));
    assert.throws(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'f.xml'), /document type declarations are not accepted/);
    assert.throws(() => parseXml('<a>&nbsp;</a>', 'f.xml'), /unknown entity/);
  });
});
