// The fix mechanism's parts: declarations (parsed, anchored to a finding's path), the edit
// selection (sorted, overlapping ones deferred), and the unified diff.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { anchorPath, describeFix, parseFixDeclarations, resolveFix, valueAt } from '../../src/fix/declaration.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import { applyEdits, chooseGroups, type TextEdit } from '../../src/fix/edits.js';
import { untar } from '../../src/engine/bundle.js';
import type { RuleMeta } from '../../src/findings/finding.js';
import { runCli, tempDir } from '../helpers.js';

const edit = (start: number, end: number, text: string, extra: Partial<TextEdit> = {}): TextEdit => ({ file: 'f', start, end, text, ...extra });

describe('fix declarations', () => {
  test('are read from METADATA and checked', () => {
    assert.deepEqual(parseFixDeclarations([{ set: ['securityContext', 'privileged'], value: false }]), [{ op: 'set', path: ['securityContext', 'privileged'], value: false }]);
    assert.deepEqual(parseFixDeclarations({ remove: ['add', '*'], unsafe: ' why ' }), [{ op: 'remove', path: ['add', '*'], unsafe: 'why' }]);
    assert.deepEqual(parseFixDeclarations(undefined), []);
    assert.throws(() => parseFixDeclarations([{ set: ['a'] }]), /fix \(set\) needs a value/);
    assert.throws(() => parseFixDeclarations([{ set: ['a'], remove: ['b'], value: 1 }]), /exactly one of set, add, remove/);
    assert.throws(() => parseFixDeclarations([{ set: 'a', value: 1 }]), /must be a path/);
    assert.throws(() => parseFixDeclarations([{ set: ['a'], value: 1, colour: 'red' }]), /unknown key colour/);
    assert.throws(() => parseFixDeclarations([{ remove: ['a'], value: 1 }]), /takes no value/);
    assert.throws(() => parseFixDeclarations([{ set: ['a'], value: 1, unsafe: true }]), /unsafe must say why/);
    assert.throws(() => parseFixDeclarations([{ set: ['*'], value: 1, anchor: 'document' }]), /cannot hold "\*"/);
  });

  test('anchor to the finding by overlap: the path ends in the part that exists plus the first missing part', () => {
    const [set] = parseFixDeclarations([{ set: ['securityContext', 'allowPrivilegeEscalation'], value: false }]);
    const container = ['spec', 'containers', 1];
    const full = [...container, 'securityContext', 'allowPrivilegeEscalation'];
    assert.deepEqual(anchorPath(full, set!), full);
    assert.deepEqual(anchorPath([...container, 'securityContext'], set!), full, 'securityContext missing');
    assert.deepEqual(anchorPath(['spec', 'hostNetwork'], set!), undefined, 'does not fit');
    const [remove] = parseFixDeclarations([{ remove: ['capabilities', 'add', '*'] }]);
    assert.deepEqual(anchorPath(['c', 'capabilities', 'add', 3], remove!), ['c', 'capabilities', 'add', 3]);
    assert.deepEqual(anchorPath(['c', 'capabilities', 'drop'], remove!), undefined, 'a wildcard past the overlap stands for nothing');
    const [absolute] = parseFixDeclarations([{ set: ['spec', 'x'], value: 1, anchor: 'document' }]);
    assert.deepEqual(anchorPath(['anything'], absolute!), ['spec', 'x']);
    const [whole] = parseFixDeclarations([{ set: [], value: 'drop' }]);
    assert.deepEqual(anchorPath(['chains', 'INPUT'], whole!), ['chains', 'INPUT']);
  });

  test('the first declaration that fits, and whose `when` admits the current value, is the fix', () => {
    const declarations = parseFixDeclarations([
      { set: ['parameters', '*', 'type'], value: 'secureString', when: ['string'] },
      { set: ['parameters', '*', 'type'], value: 'secureObject', when: ['object'] },
    ]);
    const document = { parameters: { a: { type: 'String' }, b: { type: 'object' }, c: { type: 'int' } } };
    const fix = (name: string) => resolveFix(declarations, ['parameters', name, 'type'], (path) => valueAt(document, path))?.value;
    assert.equal(fix('a'), 'secureString', 'strings compare without case');
    assert.equal(fix('b'), 'secureObject');
    assert.equal(fix('c'), undefined);
  });

  test('say what they do', () => {
    const [add] = parseFixDeclarations([{ add: ['capabilities', 'drop'], value: 'ALL' }]);
    assert.equal(describeFix({ op: 'add', value: 'ALL', declaration: add! }), 'add ALL to capabilities.drop');
    const [described] = parseFixDeclarations([{ set: [], value: 'drop', description: 'set the default inbound policy to drop' }]);
    assert.equal(describeFix({ op: 'set', value: 'drop', declaration: described! }), 'set the default inbound policy to drop');
  });

  test('the built catalog carries them, checked, for every rule the issue names', () => {
    const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '../../../policies/dist/catalog.json'), 'utf8')) as RuleMeta[];
    const fixed = new Map(catalog.filter((rule) => rule.fix?.length).map((rule) => [rule.id, rule.fix!]));
    for (const id of ['K8S-PSS-003', 'K8S-PSS-102', 'K8S-PSS-103', 'K8S-PSS-105', 'K8S-PSS-106', 'ARM-APPSERVICE-001', 'ARM-APPSERVICE-002', 'ARM-APPSERVICE-003', 'ARM-STORAGE-001', 'ARM-STORAGE-002', 'ARM-STORAGE-003', 'ARM-COMPUTE-001', 'ARM-TEMPLATE-001', 'SSHD-001', 'SSHD-002', 'SSHD-003', 'SSHD-010', 'SSHD-013', 'FW-001']) {
      assert.ok(fixed.has(id), id);
      assert.deepEqual(parseFixDeclarations(fixed.get(id)!.map(({ op, path, ...rest }) => ({ [op]: path, ...rest }))), fixed.get(id));
    }
  });
});

describe('edits', () => {
  test('are applied from the end; insertions at one point keep their order', () => {
    assert.equal(applyEdits('abcdef', [edit(1, 2, 'X'), edit(4, 4, '+'), edit(4, 4, '!')]), 'aXcd+!ef');
  });

  test('overlapping fixes wait for the next pass; identical ones are one fix', () => {
    const groups = [
      { owner: 'a', edits: [edit(0, 4, 'x')] },
      { owner: 'b', edits: [edit(2, 6, 'y')] },
      { owner: 'c', edits: [edit(0, 4, 'x')] },
      { owner: 'd', edits: [edit(8, 8, 'i')] },
      { owner: 'e', edits: [edit(8, 8, 'j')] },
      { owner: 'f', edits: [edit(10, 10, 'k', { stackable: true })] },
      { owner: 'g', edits: [edit(10, 10, 'l', { stackable: true })] },
      { owner: 'h', edits: [edit(20, 20, 'm', { claim: { start: 15, end: 30 } })] },
      { owner: 'i', edits: [edit(25, 26, 'n')] },
    ];
    const { taken, deferred } = chooseGroups(groups);
    assert.deepEqual(taken.map((group) => group.owner), ['a', 'c', 'd', 'f', 'g', 'h']);
    assert.deepEqual(deferred.map((group) => group.owner), ['b', 'e', 'i']);
  });
});

describe('unified diff', () => {
  test('hunks with three lines of context, as diff -u prints them', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].join('\n') + '\n';
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].join('\n') + '\n';
    assert.equal(unifiedDiff('x.txt', before, after), '--- a/x.txt\n+++ b/x.txt\n@@ -2,10 +2,11 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n i\n j\n k\n+l\n');
    assert.equal(unifiedDiff('x.txt', 'same\n', 'same\n'), '');
    assert.equal(unifiedDiff('y', 'a\n', ''), '--- a/y\n+++ b/y\n@@ -1,1 +0,0 @@\n-a\n');
  });
});

describe('policy build', () => {
  const rule = (fix: string) => `# METADATA
# title: Require a team label
# description: Every workload names its owning team.
# custom:
#   id: K8S-ACME-001
#   severity: medium
#   remediation: Add metadata.labels.team.
#   message: "The workload has no team label."
${fix}package k8s.acme.team_label

import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["metadata", "labels", "team"], {}) if not input.document.metadata.labels.team
`;

  test('puts a rule\'s fix declarations in the catalog, and refuses a malformed one at its file and line', async () => {
    const good = tempDir({ 'policies/k8s/acme/team_label.rego': rule('#   fix:\n#     - set: [metadata, labels, team]\n#       value: unowned\n') });
    assert.equal((await runCli(['build', 'policies', '-o', 'bundle.tar.gz'], { cwd: good })).code, 0);
    const files = untar(gunzipSync(readFileSync(join(good, 'bundle.tar.gz'))));
    const entry = [...files.entries()].find(([name]) => name.replace(/^\//, '') === 'catalog.json')?.[1];
    const catalog = JSON.parse(entry?.toString('utf8') ?? '[]') as RuleMeta[];
    assert.deepEqual(catalog[0]?.fix, [{ op: 'set', path: ['metadata', 'labels', 'team'], value: 'unowned' }]);
    const bad = tempDir({ 'policies/k8s/acme/team_label.rego': rule('#   fix:\n#     - set: [metadata, labels, team]\n') });
    const { code, stderr } = await runCli(['build', 'policies', '-o', 'bundle.tar.gz'], { cwd: bad });
    assert.equal(code, 2);
    assert.match(stderr, /policies\/k8s\/acme\/team_label\.rego:\d+: custom\.fix \(set\) needs a value/);
  });
});
