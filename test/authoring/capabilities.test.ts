// The capabilities `policy build` compiles under list exactly what the engine can evaluate:
// everything they allow loads and runs, and what they leave out is a build error.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildPolicyBundle, opaPath } from '../../src/authoring/build.js';
import { engineCapabilities, sdkCapabilities, type Capabilities } from '../../src/authoring/capabilities.js';
import { readBundle } from '../../src/engine/bundle.js';
import { Engine } from '../../src/engine/engine.js';
import { tempDir } from '../helpers.js';

interface Declared {
  name: string;
  infix?: string;
  deprecated?: boolean;
  decl?: { type: string; args?: unknown[] };
}

const current = JSON.parse(execFileSync(opaPath(), ['capabilities', '--current'], { encoding: 'utf8' })) as Omit<Capabilities, 'builtins'> & { builtins: Declared[] };
const capabilities = engineCapabilities(current);
const allowed = new Set(capabilities.builtins.map((builtin) => builtin.name));

describe('engine capabilities', () => {
  test('start from the SDK list, add what the engine serves from JavaScript, leave out what nobody implements', () => {
    assert.ok(sdkCapabilities().builtins.length > 90);
    for (const name of ['regex.replace', 'regex.split', 'sprintf', 'yaml.unmarshal', 'object.keys', 'array.reverse', 'rego.metadata.chain', 'glob.match', 'net.cidr_contains']) {
      assert.ok(allowed.has(name), `${name} allowed`);
    }
    for (const name of ['http.send', 'time.now_ns', 'time.diff', 'rand.intn', 'crypto.sha256', 'print', 'opa.runtime']) {
      assert.ok(!allowed.has(name), `${name} refused`);
    }
    assert.ok(capabilities.features?.includes('rego_v1'), 'the language features of the opa that builds');
    assert.ok(capabilities.wasm_abi_versions?.length, 'the ABI versions the SDK loads');
  });

  test('a rule calling every allowed builtin compiles to a module the engine loads (nothing left to a missing host)', async () => {
    const callable = current.builtins.filter(
      (builtin) =>
        allowed.has(builtin.name) &&
        !builtin.infix &&
        !builtin.deprecated &&
        builtin.decl?.type === 'function' &&
        !builtin.name.startsWith('internal.') &&
        !builtin.name.startsWith('rego.metadata.'),
    );
    assert.ok(callable.length > 80, `${callable.length} builtins`);
    const rules = callable.map((builtin, i) => {
      const args = (builtin.decl!.args ?? []).map((_, n) => `input.document.a${n}`).join(', ');
      return `deny contains result.finding(rego.metadata.chain(), [${i}], {"v": ${builtin.name}(${args})}) if input.document.k == ${i}`;
    });
    const dir = tempDir({
      'policies/k8s/every/builtin.rego': `# METADATA
# title: Require every builtin to load
# description: Calls each builtin the capabilities allow.
# custom:
#   id: TEST-EVERY-001
#   severity: info
#   remediation: none
#   message: none
package k8s.every.builtin

import data.lib.result

${rules.join('\n\n')}
`,
    });
    buildPolicyBundle('policies', 'bundle.tar.gz', { binary: opaPath(), cwd: dir });
    const engine = await Engine.load([readBundle(join(dir, 'bundle.tar.gz'))]);
    const [finding] = await engine.evaluate({ kind: 'k8s', file: 'f.yaml', document: { k: callable.findIndex((b) => b.name === 'regex.replace'), a0: 'a1', a1: '[0-9]', a2: '#' }, context: {} });
    assert.deepEqual((finding as unknown as { params: { v: string } }).params.v, 'a#');
  });
});
