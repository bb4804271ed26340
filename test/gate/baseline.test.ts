import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { baselineOf, classify, readBaseline, serializeBaseline, type BaselineEntry } from '../../src/gate/baseline.js';
import { tempDir } from '../helpers.js';

const finding = (fingerprint: string, message = 'm', extra: Partial<Finding> = {}): Finding =>
  ({ ruleId: 'K8S-PSS-001', severity: 'high', resource: 'Pod/a', message, fingerprint, location: { file: 'a.yaml', startLine: 1 }, ...extra }) as Finding;

const options = { reason: 'in baseline b.json', lapsed: new Set<string>(), inScope: () => true };

describe('baseline comparison', () => {
  test('known findings are unchanged and suppressed by the baseline; others are new; missing ones are fixed', () => {
    const baseline = baselineOf([finding('a'), finding('b')]);
    const { findings, fixed } = classify([finding('a'), finding('c')], baseline, options);
    assert.deepEqual(
      findings.map((item) => [item.fingerprint, item.baselineState, item.suppressed?.kind ?? null]),
      [
        ['a', 'unchanged', 'baseline'],
        ['c', 'new', null],
      ],
    );
    assert.deepEqual(fixed.map((entry) => entry.fingerprint), ['b']);
    assert.deepEqual(classify([], baseline, { ...options, inScope: () => false }).fixed, []);
  });

  test('one baseline entry carries one finding: a fingerprint seen twice now and once before is one new finding', () => {
    const baseline = baselineOf([finding('a', 'no cpu limit')]);
    const { findings } = classify([finding('a', 'no memory limit'), finding('a', 'no cpu limit')], baseline, options);
    assert.deepEqual(
      findings.map((item) => [item.message, item.baselineState]),
      [
        ['no memory limit', 'new'],
        ['no cpu limit', 'unchanged'],
      ],
    );
  });

  test('a finding whose suppression ended (removed, or waiver expired) is new even when the baseline has it', () => {
    const waived = { kind: 'waiver' as const, reason: 'r' };
    const baseline = baselineOf([finding('a', 'm', { suppressed: waived }), finding('b')]);
    assert.equal(baseline[0]!.suppressed, 'waiver');
    const removed = classify([finding('a'), finding('b')], baseline, options).findings;
    assert.deepEqual(removed.map((item) => item.baselineState), ['new', 'unchanged']);
    const stillWaived = classify([finding('a', 'm', { suppressed: waived })], baseline, options).findings[0]!;
    assert.deepEqual([stillWaived.baselineState, stillWaived.suppressed], ['unchanged', waived]);
    const expired = classify([finding('b')], baseline, { ...options, lapsed: new Set(['b']) }).findings[0]!;
    assert.deepEqual([expired.baselineState, expired.suppressed], ['new', undefined]);
  });

  test('the baseline file round-trips, and a wrong file is refused with a message', () => {
    const dir = tempDir();
    const entries: BaselineEntry[] = baselineOf([finding('a'), finding('b', 'x', { suppressed: { kind: 'inline', reason: 'r' } })]);
    writeFileSync(join(dir, 'b.json'), serializeBaseline(entries, '1.2.3'));
    assert.deepEqual(readBaseline('b.json', dir), entries);
    writeFileSync(join(dir, 'bad.json'), '{"findings": []}');
    assert.throws(() => readBaseline('bad.json', dir), /bad\.json: not a policygate baseline/);
    writeFileSync(join(dir, 'worse.json'), '{"schemaVersion": 1, "findings": [{"fingerprint": "a"}]}');
    assert.throws(() => readBaseline('worse.json', dir), /findings\[0\] needs fingerprint, ruleId, severity, file and resource/);
    assert.throws(() => readBaseline('missing.json', dir), /missing\.json: cannot read the baseline \(ENOENT\)/);
  });
});
