import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IgnoreRules } from '../../src/discover/gitignore.js';
import { discover } from '../../src/discover/walk.js';
import { tempDir } from '../helpers.js';

describe('gitignore rules', () => {
  const rules = IgnoreRules.empty.extend('# comment\n*.log\nbuild/\n/only-root.yaml\n!keep.log\ndocs/**/draft-*.yaml\n', '');

  test('match by name anywhere, anchored, directory-only and negated', () => {
    assert.ok(rules.ignores('a.log', false));
    assert.ok(rules.ignores('deep/dir/a.log', false));
    assert.ok(!rules.ignores('keep.log', false));
    assert.ok(rules.ignores('build', true));
    assert.ok(!rules.ignores('build', false));
    assert.ok(rules.ignores('only-root.yaml', false));
    assert.ok(!rules.ignores('sub/only-root.yaml', false));
    assert.ok(rules.ignores('docs/a/b/draft-1.yaml', false));
    assert.ok(!rules.ignores('docs/a/b/final.yaml', false));
  });

  test('apply a nested .gitignore relative to its own directory', () => {
    const nested = IgnoreRules.empty.extend('/x.yaml\n', 'sub');
    assert.ok(nested.ignores('sub/x.yaml', false));
    assert.ok(!nested.ignores('x.yaml', false));
  });
});

describe('discover', () => {
  test('walks directories in a stable order, honouring .gitignore and skipping node_modules', () => {
    const dir = tempDir({
      '.gitignore': 'ignored/\n*.tmp.yaml\n',
      'b.yaml': '',
      'a/c.yaml': '',
      'a/.gitignore': 'local.yaml\n',
      'a/local.yaml': '',
      'ignored/x.yaml': '',
      'x.tmp.yaml': '',
      'node_modules/m/pod.yaml': '',
    });
    const { files, errors } = discover(['.'], dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(files.map((file) => file.file), ['.gitignore', 'a/.gitignore', 'a/c.yaml', 'b.yaml']);
    assert.ok(files.every((file) => !file.explicit));
  });

  test('marks named files explicit and reports missing paths', () => {
    const dir = tempDir({ 'p.yaml': '' });
    const { files, errors } = discover(['p.yaml', 'nope.yaml'], dir);
    assert.deepEqual(files.map((file) => [file.file, file.explicit]), [['p.yaml', true]]);
    assert.deepEqual(errors, [{ file: 'nope.yaml', message: 'no such file or directory' }]);
  });
});
