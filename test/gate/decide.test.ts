import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, Severity } from '../../src/findings/finding.js';
import { decide, EXIT, type GateSettings } from '../../src/gate/decide.js';

const finding = (severity: Severity, suppressed = false) => ({ severity, ...(suppressed ? { suppressed: { kind: 'waiver', reason: 'r' } } : {}) }) as Finding;
const settings: GateSettings = { severity: 'high', softFail: false, allowErrors: false };

describe('the decision', () => {
  test('blocks on a finding at or above the threshold; suppressed findings never count', () => {
    assert.equal(decide([finding('medium')], 0, settings).exitCode, EXIT.passed);
    assert.equal(decide([finding('critical', true)], 0, settings).exitCode, EXIT.passed);
    const blocked = decide([finding('high'), finding('low')], 0, settings);
    assert.deepEqual([blocked.exitCode, blocked.blocking, blocked.newFindings, blocked.reasons], [EXIT.blocked, 1, 2, ['1 finding at or above high']]);
  });

  test('blocks when there are more new findings than allowed, of any severity', () => {
    const findings = [finding('low'), finding('info'), finding('low', true)];
    assert.equal(decide(findings, 0, { ...settings, maxNewFindings: 2 }).exitCode, EXIT.passed);
    assert.deepEqual(decide(findings, 0, { ...settings, maxNewFindings: 1 }).reasons, ['2 new findings, more than the 1 allowed']);
  });

  test('a risk threshold is accepted without a score and applies once a score is given', () => {
    const unscored = decide([], 0, { ...settings, risk: 70 });
    assert.deepEqual([unscored.exitCode, unscored.risk], [EXIT.passed, { threshold: 70 }]);
    assert.equal(decide([], 0, { ...settings, risk: 70 }, 69).exitCode, EXIT.passed);
    assert.deepEqual(decide([], 0, { ...settings, risk: 70 }, 70).reasons, ['risk 70 reaches the threshold 70']);
  });

  test('errors fail closed (exit 2) unless allowed; --soft-fail reports a block but exits 0', () => {
    assert.equal(decide([], 1, settings).exitCode, EXIT.error);
    assert.equal(decide([finding('high')], 1, { ...settings, allowErrors: true }).exitCode, EXIT.blocked);
    const soft = decide([finding('high')], 0, { ...settings, softFail: true });
    assert.deepEqual([soft.blocked, soft.exitCode], [true, EXIT.passed]);
    assert.equal(decide([], 1, { ...settings, softFail: true }).exitCode, EXIT.error);
  });
});
