import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/formats/types.js';
import { goModule } from '../../src/sbom/lockfiles/gomod.js';
import { byPurl, parseFixture, scoped } from './helpers.js';

describe('go.mod', () => {
  it('lists every required module, keeps the case of module paths, marks indirect ones', () => {
    const { project, notices } = parseFixture(goModule, 'go/module', 'go.mod');
    assert.deepEqual(scoped(project), [
      'required pkg:golang/github.com/BurntSushi/toml@v1.6.0',
      'required pkg:golang/github.com/google/uuid@v1.6.0',
      'required pkg:golang/github.com/sirupsen/logrus@v1.10.2',
      'required pkg:golang/golang.org/x/sys@v0.13.0',
    ]);
    assert.deepEqual(notices, []);
    assert.deepEqual(project.root, { name: 'example.com/Ops/inventory-svc', purl: 'pkg:golang/example.com/Ops/inventory-svc', manifest: 'go.mod' });
    assert.deepEqual(project.dependsOn, [
      'pkg:golang/github.com/BurntSushi/toml@v1.6.0',
      'pkg:golang/github.com/google/uuid@v1.6.0',
      'pkg:golang/github.com/sirupsen/logrus@v1.10.2',
    ]);
    assert.deepEqual(byPurl(project, 'pkg:golang/golang.org/x/sys@v0.13.0').properties, [
      ['policygate:go:sum', 'h1:Af8nKPmuFypiUBjVoU9V20FiaFXOcuZI21p0ycVYYGE='],
      ['policygate:go:indirect', 'true'],
    ]);
  });

  it('applies replace directives (module and local path) and warns about go < 1.17', () => {
    const { project, notices } = parseFixture(goModule, 'go/replace', 'go.mod');
    assert.deepEqual(scoped(project), [
      'required pkg:golang/github.com/acme/shared',
      'required pkg:golang/github.com/gorilla/mux@v1.8.0',
      'required pkg:golang/github.com/pkg/errors@v0.9.1',
      'required pkg:golang/golang.org/x/net@v0.23.0',
      'required pkg:golang/gopkg.in/yaml.v3@v3.0.1',
    ]);
    assert.deepEqual(byPurl(project, 'pkg:golang/golang.org/x/net@v0.23.0').properties, [
      ['policygate:go:replaces', 'golang.org/x/net@v0.17.0'],
      ['policygate:go:sum', 'h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs='],
      ['policygate:go:indirect', 'true'],
    ]);
    assert.deepEqual(byPurl(project, 'pkg:golang/github.com/acme/shared').properties, [
      ['policygate:go:replaces', 'github.com/acme/shared@v0.0.0-20240101000000-abcdefabcdef'],
      ['policygate:go:local-path', '../shared'],
    ]);
    assert.match(notices[0]!.message, /go 1.16 < 1.17/);
  });

  it('rejects an unclosed block with the line that opened it', () => {
    assert.throws(
      () => parseFixture(goModule, 'go/module', 'go.mod', 'module x\n\nrequire (\n\tgithub.com/a/b v1.0.0\n'),
      (error: unknown) => error instanceof InputError && error.line === 3 && /not closed/.test(error.message),
    );
  });
});
