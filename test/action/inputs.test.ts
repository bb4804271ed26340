// The action's input handling: the base commit from the event payload, and the command line built
// from the inputs.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ActionInputError, eventBase, type ActionInputs } from '../../src/action/inputs.js';
import { checkArguments } from '../../src/action/run.js';
import { tempDir } from '../helpers.js';

const SHA = 'a'.repeat(40);

function event(name: string, payload: unknown): NodeJS.ProcessEnv {
  const file = join(tempDir(), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
}

describe('the base commit from the event', () => {
  test('a pull request compares with its base commit, a merge group with its base', () => {
    assert.equal(eventBase(event('pull_request', { pull_request: { base: { sha: SHA, ref: 'main' } } })), SHA);
    assert.equal(eventBase(event('pull_request_target', { pull_request: { base: { sha: SHA } } })), SHA);
    assert.equal(eventBase(event('merge_group', { merge_group: { base_sha: SHA } })), SHA);
  });

  test('other events check the whole tree', () => {
    assert.equal(eventBase(event('push', { before: SHA })), '');
    assert.equal(eventBase({ GITHUB_EVENT_NAME: 'workflow_dispatch' }), '');
    assert.equal(eventBase({}), '');
  });

  test('a pull request without a readable base commit is an error that says to set base-ref', () => {
    assert.throws(() => eventBase(event('pull_request', { pull_request: { base: { ref: 'main' } } })), (error: Error) => error instanceof ActionInputError && /set base-ref/.test(error.message));
    assert.throws(() => eventBase(event('pull_request', { pull_request: { base: { sha: '--output=x' } } })), ActionInputError);
    assert.throws(() => eventBase({ GITHUB_EVENT_NAME: 'pull_request' }), /GITHUB_EVENT_PATH/);
    assert.throws(() => eventBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(tempDir(), 'missing.json') }), /cannot read the event payload/);
  });
});

describe('the policy check command line', () => {
  const inputs: ActionInputs = {
    paths: ['k8s', '-odd name'],
    profiles: ['pss-baseline', 'pss-restricted'],
    config: 'ci/policygate.yaml',
    severityThreshold: 'medium',
    riskThreshold: '40',
    base: SHA,
    reports: { sarif: 'out/p.sarif', junit: '', html: 'out/p.html', json: 'out/p.json', sbom: 'out/sbom.json' },
    softFail: true,
    bundles: ['extra.tar.gz'],
  };

  test('every input becomes its option, and the paths follow `--` so none is read as an option', () => {
    const argv = checkArguments(inputs, '/tmp/r.json', '/tmp/s.md');
    assert.equal(argv[0], 'check');
    assert.deepEqual(argv.slice(argv.indexOf('--')), ['--', 'k8s', '-odd name']);
    const pairs = (flag: string) => argv.flatMap((word, i) => (word === flag ? [argv[i + 1]] : []));
    assert.deepEqual(pairs('--output'), ['json=/tmp/r.json', 'markdown=/tmp/s.md', 'sarif=out/p.sarif', 'json=out/p.json']);
    assert.deepEqual(pairs('--profile'), ['pss-baseline', 'pss-restricted']);
    assert.deepEqual(pairs('--base'), [SHA]);
    assert.deepEqual(pairs('--config'), ['ci/policygate.yaml']);
    assert.deepEqual(pairs('--severity-threshold'), ['medium']);
    assert.deepEqual(pairs('--risk-threshold'), ['40']);
    assert.deepEqual(pairs('--bundle'), ['extra.tar.gz']);
    assert.ok(argv.includes('--soft-fail'));
  });

  test('empty inputs add nothing', () => {
    const argv = checkArguments(
      { ...inputs, profiles: [], config: '', severityThreshold: '', riskThreshold: '', base: '', reports: { sarif: '', junit: '', html: '', json: '', sbom: '' }, softFail: false, bundles: [], paths: ['.'] },
      'r.json',
      's.md',
    );
    assert.deepEqual(argv, ['check', '--output', 'json=r.json', '--output', 'markdown=s.md', '--', '.']);
  });
});
