// `policy build` refuses what the engine could not evaluate or report, naming the file and line.
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../helpers.js';

const METADATA = `# METADATA
# title: Require a team label
# description: Every workload names its owning team.
# custom:
#   id: K8S-ACME-001
#   severity: medium
#   remediation: Add metadata.labels.team.
#   message: "{{kind}} has no team label."
`;

/** A one-rule policy directory; `condition` goes in the rule body on line 15. */
function policyDir(condition: string, options: { metadata?: string; pkg?: string; file?: string } = {}): string {
  const pkg = options.pkg ?? 'k8s.acme.team_label';
  return tempDir({
    [options.file ?? 'policies/k8s/acme/team_label.rego']: `${options.metadata ?? METADATA}package ${pkg}

import data.lib.result

deny contains result.finding(rego.metadata.chain(), ["metadata"], {"kind": input.document.kind}) if {
	input.document.metadata
	${condition}
}
`,
  });
}

async function build(dir: string): Promise<{ code: number; stderr: string }> {
  const { code, stderr } = await runCli(['build', 'policies', '-o', 'bundle.tar.gz'], { cwd: dir });
  return { code, stderr };
}

describe('policy build', () => {
  test('builds a valid rule', async () => {
    assert.equal((await build(policyDir('not input.document.metadata.labels.team'))).code, 0);
  });

  test('a broken rule is a build error at its file and line', async () => {
    const { code, stderr } = await build(policyDir('input.document.metadata.labels.team ==='));
    assert.equal(code, 2);
    assert.match(stderr, /policies\/k8s\/acme\/team_label\.rego:1[56]: rego_parse_error/);
  });

  for (const call of ['time.now_ns() > 0', 'http.send({"method": "get", "url": "https://example.com"}).status_code == 200', 'time.diff(1, 2)']) {
    const name = call.slice(0, call.indexOf('('));
    test(`a rule calling ${name}, which the engine does not implement, is refused at build time`, async () => {
      const { code, stderr } = await build(policyDir(call));
      assert.equal(code, 2);
      assert.match(stderr, new RegExp(`policies/k8s/acme/team_label\\.rego:15: rego_type_error: undefined function ${name.replace('.', '\\.')}`));
      assert.match(stderr, /policygate evaluates the builtins OPA compiles into WebAssembly/);
    });
  }

  test('builtins the engine serves from JavaScript or that WASM compiles natively build', async () => {
    for (const call of ['regex.replace("a1", "[0-9]", "#") == "a#"', 'sprintf("%d", [1]) == "1"', 'count(object.keys({"a": 1})) == 1', 'array.reverse([1, 2]) == [2, 1]']) {
      assert.equal((await build(policyDir(call))).code, 0, call);
    }
  });

  test('refuses a rule without complete METADATA, naming the file and line', async () => {
    const lacking = await build(policyDir('true', { metadata: METADATA.replace(/^#   severity: medium\n/m, '') }));
    assert.equal(lacking.code, 2);
    assert.match(lacking.stderr, /policies\/k8s\/acme\/team_label\.rego:8: METADATA lacks severity/);
    const none = await build(policyDir('true', { metadata: '# Checks the team label.\n' }));
    assert.equal(none.code, 2);
    assert.match(none.stderr, /policies\/k8s\/acme\/team_label\.rego:2: package k8s\.acme\.team_label has no package-scoped METADATA block/);
  });

  test('refuses the id of a built-in rule', async () => {
    const { code, stderr } = await build(policyDir('true', { metadata: METADATA.replace('K8S-ACME-001', 'K8S-PSS-003') }));
    assert.equal(code, 2);
    assert.match(stderr, /policies\/k8s\/acme\/team_label\.rego:9: rule id K8S-PSS-003 is already used by the built-in rule "Disallow privileged containers"/);
  });

  test('refuses a package that main would never evaluate', async () => {
    const shallow = await build(policyDir('true', { pkg: 'k8s.team_label', file: 'policies/k8s/team_label.rego' }));
    assert.equal(shallow.code, 2);
    assert.match(shallow.stderr, /policies\/k8s\/team_label\.rego:9: package k8s\.team_label is never evaluated: a rule's package is k8s\.<family>\.<rule>/);
    const elsewhere = await build(policyDir('true', { pkg: 'kubernetes.acme.team_label', file: 'policies/kubernetes/acme/team_label.rego' }));
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.stderr, /package kubernetes\.acme\.team_label is never evaluated/);
  });

  test('refuses an empty directory, and one that does not exist', async () => {
    const empty = tempDir({ 'policies/README.md': 'nothing yet\n' });
    assert.match((await build(empty)).stderr, /policies: no rules found/);
    assert.match((await runCli(['build', 'missing'], { cwd: empty })).stderr, /missing: no such policy directory/);
  });

  test('without opa it says how to install it, and that prebuilt bundles need none', async () => {
    const dir = policyDir('true');
    const notOpa = join(dir, 'not-opa');
    writeFileSync(notOpa, 'not a program');
    chmodSync(notOpa, 0o644);
    for (const run of [
      () => runCli(['build', 'policies', '--opa', join(dir, 'nowhere/opa')], { cwd: dir }),
      () => runCli(['check', '.', '--policy', 'policies'], { cwd: dir, env: { OPA_PATH: notOpa } }),
    ]) {
      const { code, stderr } = await run();
      assert.equal(code, 2);
      assert.match(stderr, /scripts\/install-opa\.sh/);
      assert.match(stderr, /go install github\.com\/open-policy-agent\/opa@v1\.22\.4/);
      assert.match(stderr, /Prebuilt bundles need no opa: `policy check --bundle bundle\.tar\.gz`/);
    }
  });
});
