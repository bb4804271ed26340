import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { initConfig, STARTER } from '../../src/config/init.js';
import { ConfigError, defaultConfig, findConfig, loadConfig, searchStart } from '../../src/config/load.js';
import { PathPatterns, ruleIds, wildcard } from '../../src/config/patterns.js';
import { ruleSelection } from '../../src/config/rules.js';
import { SEVERITIES } from '../../src/findings/finding.js';
import { PROFILES } from '../../src/findings/profiles.js';
import { REPORT_FORMATS } from '../../src/report/render.js';
import { tempDir } from '../helpers.js';
import schema from '../../src/config/policygate.schema.json' with { type: 'json' };

const load = (text: string) => {
  const dir = tempDir({ '.policygate.yaml': text });
  return loadConfig(join(dir, '.policygate.yaml'), dir);
};

const problemsOf = (text: string) => {
  try {
    load(text);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  assert.fail('expected the config to be refused');
};

describe('config file', () => {
  test('a full config is read and normalised; unquoted YAML dates stay dates', () => {
    const config = load(
      [
        'version: 1',
        'paths: { include: ["k8s/**"], exclude: ["**/testdata/**"] }',
        'profiles: [pss-baseline]',
        'rules:',
        '  enable: [K8S-PSS-101]',
        '  disable: [K8S-PSS-007]',
        '  severity: { K8S-PSS-006: low }',
        'gate: { severity: medium, maxNewFindings: 3, risk: 70 }',
        'waivers:',
        '  - rule: K8S-PSS-003',
        '    resource: Deployment/prod/agent',
        '    reason: vendor agent',
        '    owner: platform',
        '    expires: 2027-03-31',
        'outputs:',
        '  - { format: sarif, path: out/policygate.sarif }',
      ].join('\n'),
    );
    assert.deepEqual(config.paths, { include: ['k8s/**'], exclude: ['**/testdata/**'] });
    assert.deepEqual(config.gate, { severity: 'medium', maxNewFindings: 3, risk: 70 });
    assert.equal(config.waivers[0]!.expires, '2027-03-31');
    assert.equal(config.waivers[0]!.line, 10);
    assert.deepEqual(config.outputs, [{ format: 'sarif', path: 'out/policygate.sarif' }]);
  });

  test('an invalid config names the key, the line and what was expected, every problem at once', () => {
    const problems = problemsOf(
      [
        'gate:',
        '  severity: severe',
        '  maxNewFindngs: 2',
        'waivers:',
        '  - rule: K8S-PSS-003',
        '    path: legacy/**',
        '    reason: old',
        '    expires: 2027-02-30',
        '  - rule: K8S-PSS-004',
        '    reason: x',
        '    owner: me',
        '    expires: 2027-01-01',
      ].join('\n'),
    );
    const byKey = new Map(problems.map((problem) => [problem.key, problem]));
    assert.equal(byKey.get('gate.severity')?.line, 2);
    assert.match(byKey.get('gate.severity')!.message, /expected one of: critical, high, medium, low, info \(got "severe"\)/);
    assert.equal(byKey.get('gate.maxNewFindngs')?.line, 3);
    assert.match(byKey.get('gate.maxNewFindngs')!.message, /unknown key; expected one of: severity, maxNewFindings, risk/);
    assert.equal(byKey.get('waivers[0]')?.line, 5);
    assert.match(byKey.get('waivers[0]')!.message, /missing required key "owner"/);
    assert.equal(byKey.get('waivers[0].expires')?.line, 8);
    assert.match(byKey.get('waivers[0].expires')!.message, /expected a date, YYYY-MM-DD/);
    assert.equal(byKey.get('waivers[1]')?.line, 9);
    assert.match(byKey.get('waivers[1]')!.message, /expected one of these keys: path, resource, fingerprint/);
  });

  test('the error message lists file:line:column per problem', () => {
    const dir = tempDir({ '.policygate.yaml': 'profiles: [pss-strict]\n' });
    assert.throws(() => loadConfig(join(dir, '.policygate.yaml'), dir), (error: Error) => {
      assert.match(error.message, /^ {2}\.policygate\.yaml:1:\d+: profiles\[0\]: expected one of: pss-baseline, pss-restricted/m);
      return true;
    });
  });

  test('YAML syntax errors and several documents are config errors with a line', () => {
    assert.equal(problemsOf('gate: [unclosed\n')[0]!.key, '(file)');
    assert.equal(problemsOf('version: 1\n---\nversion: 1\n')[0]!.line, 3);
  });

  test('images map Dockerfiles, relative to the config file, to the images they build; each must exist', () => {
    const dir = tempDir({ '.policygate.yaml': 'images:\n  - { dockerfile: svc/Dockerfile, image: ghcr.io/acme/svc }\n', 'svc/Dockerfile': 'FROM alpine\n' });
    assert.deepEqual(loadConfig(join(dir, '.policygate.yaml'), dir).images, [{ dockerfile: 'svc/Dockerfile', image: 'ghcr.io/acme/svc' }]);
    const problems = problemsOf(
      ['images:', '  - dockerfile: svc/Dockerfile', '    image: ghcr.io/acme/svc', '  - { dockerfile: x, image: "not an image" }', '  - { image: a/b, tag: "1" }'].join('\n'),
    );
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.key]),
      [
        [4, 'images[1].image'],
        [5, 'images[2]'],
        [5, 'images[2].tag'],
      ],
    );
    const missing = problemsOf('images:\n  - dockerfile: svc/Dockerfile\n    image: ghcr.io/acme/svc\n');
    assert.deepEqual(missing, [{ line: 2, column: 5, key: 'images[0].dockerfile', message: 'no such file: svc/Dockerfile (relative to this file)' }]);
  });

  test('an empty file is the default config', () => {
    const config = load('# nothing yet\n');
    assert.deepEqual({ ...config, file: undefined }, { ...defaultConfig(config.dir), file: undefined });
  });

  test('found upward from the scanned paths; the search starts where they meet', () => {
    const dir = tempDir({ '.policygate.yaml': 'version: 1\n', 'a/b/x.yaml': '', 'a/c/y.yaml': '' });
    assert.equal(searchStart(['a/b/x.yaml', 'a/c'], dir), join(dir, 'a'));
    assert.equal(searchStart(['-'], dir), dir);
    assert.equal(findConfig(join(dir, 'a', 'b')), join(dir, '.policygate.yaml'));
    mkdirSync(join(dir, 'a', 'b', 'c'));
    writeFileSync(join(dir, 'a', 'b', '.policygate.yml'), 'version: 1\n');
    assert.equal(findConfig(join(dir, 'a', 'b', 'c')), join(dir, 'a', 'b', '.policygate.yml'));
  });

  test('the schema that ships names the same profiles, severities and formats as the code', () => {
    const properties = schema.properties;
    assert.deepEqual(properties.profiles.items.enum, Object.keys(PROFILES));
    assert.deepEqual(schema.definitions.severity.enum, [...SEVERITIES]);
    assert.deepEqual(properties.outputs.items.properties.format.enum, [...REPORT_FORMATS]);
  });
});

describe('policy init', () => {
  test('writes a commented starter that is valid and means the defaults; refuses to overwrite without force', () => {
    const dir = tempDir();
    const file = initConfig(dir, false)!;
    assert.equal(readFileSync(file, 'utf8'), STARTER);
    assert.match(STARTER, /^# /m);
    const config = loadConfig(file, dir);
    assert.deepEqual({ ...config, file: undefined }, { ...defaultConfig(dir), gate: { severity: 'high' }, file: undefined });
    writeFileSync(file, 'version: 1\n');
    assert.equal(initConfig(dir, false), undefined);
    assert.equal(readFileSync(file, 'utf8'), 'version: 1\n');
    initConfig(dir, true);
    assert.equal(readFileSync(file, 'utf8'), STARTER);
  });
});

describe('patterns and rule selection', () => {
  test('path patterns follow .gitignore rules, relative to the config directory', () => {
    const patterns = new PathPatterns(['legacy/', '*.tmp.yaml', '/top.yaml'], '/repo');
    assert.equal(patterns.matches('legacy/a/b.yaml', '/repo'), true);
    assert.equal(patterns.matches('b.yaml', '/repo/legacy'), true);
    assert.equal(patterns.matches('k8s/x.tmp.yaml', '/repo'), true);
    assert.equal(patterns.matches('top.yaml', '/repo'), true);
    assert.equal(patterns.matches('k8s/top.yaml', '/repo'), false);
    assert.equal(patterns.matches('../other/legacy/x.yaml', '/repo'), false);
  });

  test('wildcards: * for any run; rule ids ignore case, resources do not', () => {
    assert.equal(wildcard('Deployment/prod/*')('Deployment/prod/web'), true);
    assert.equal(wildcard('Deployment/prod/*')('deployment/prod/web'), false);
    assert.equal(ruleIds(['k8s-pss-1*'])('K8S-PSS-101'), true);
    assert.equal(ruleIds(['K8S-PSS-1*'])('K8S-PSS-011'), false);
  });

  test('profiles plus enable minus disable; with neither profiles nor enable, everything', () => {
    const baseline = ['pss:baseline:privileged'];
    const restricted = ['pss:restricted:seccomp'];
    const all = ruleSelection({ enable: [], disable: ['K8S-PSS-007'], severity: {} }, []);
    assert.equal(all.selects('K8S-WL-001', []), true);
    assert.equal(all.selects('K8S-PSS-007', baseline), false);
    const profiled = ruleSelection({ enable: ['K8S-PSS-105'], disable: [], severity: {} }, ['pss-baseline']);
    assert.equal(profiled.selects('K8S-PSS-003', baseline), true);
    assert.equal(profiled.selects('K8S-PSS-105', restricted), true);
    assert.equal(profiled.selects('K8S-PSS-104', restricted), false);
    const only = ruleSelection({ enable: ['K8S-PSS-003'], disable: [], severity: {} }, []);
    assert.equal(only.selects('K8S-PSS-003', baseline), true);
    assert.equal(only.selects('K8S-PSS-002', baseline), false);
  });

  test('severity overrides: an exact id wins over a wildcard', () => {
    const selection = ruleSelection({ enable: [], disable: [], severity: { 'K8S-PSS-*': 'low', 'K8S-PSS-003': 'high' } }, []);
    assert.equal(selection.severity('K8S-PSS-003', 'critical'), 'high');
    assert.equal(selection.severity('K8S-PSS-006', 'medium'), 'low');
    assert.equal(selection.severity('K8S-WL-001', 'medium'), 'medium');
  });
});
