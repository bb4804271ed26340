import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultConfig, type Waiver } from '../../src/config/load.js';
import type { Finding } from '../../src/findings/finding.js';
import { directivesIn } from '../../src/findings/suppress.js';
import { accept, configAcceptances, directiveAcceptances, todayFrom } from '../../src/findings/waivers.js';

const finding = (ruleId: string, file: string, resource: string, line = 5): Finding =>
  ({ ruleId, resource, severity: 'high', fingerprint: `${ruleId}:${file}:${resource}`, location: { file, startLine: line } }) as Finding;

const waiver = (extra: Partial<Waiver>): Waiver => ({ rule: 'K8S-PSS-003', reason: 'accepted', owner: 'team-a', expires: '2027-06-30', line: 3, ...extra });

const config = (waivers: Waiver[]) => ({ ...defaultConfig('/repo'), file: '.policygate.yaml', waivers });

describe('config waivers', () => {
  test('scope by path glob, resource or fingerprint; all given must match', () => {
    const findings = [finding('K8S-PSS-003', 'legacy/a.yaml', 'Pod/a'), finding('K8S-PSS-003', 'k8s/b.yaml', 'Pod/prod/b'), finding('K8S-PSS-003', 'k8s/c.yaml', 'Pod/c'), finding('K8S-PSS-002', 'legacy/a.yaml', 'Pod/a')];
    const acceptances = configAcceptances(
      config([waiver({ path: 'legacy/**' }), waiver({ resource: 'Pod/prod/*' }), waiver({ fingerprint: 'K8S-PSS-003:k8s/c.yaml:Pod/c' }), waiver({ path: 'k8s/', resource: 'Pod/none' })]),
      '/repo',
    );
    const { findings: result, waivers } = accept(findings, acceptances, '2027-01-01');
    assert.deepEqual(
      result.map((item) => item.suppressed ?? null),
      [
        { kind: 'waiver', reason: 'accepted', owner: 'team-a', expires: '2027-06-30' },
        { kind: 'waiver', reason: 'accepted', owner: 'team-a', expires: '2027-06-30' },
        { kind: 'waiver', reason: 'accepted', owner: 'team-a', expires: '2027-06-30' },
        null,
      ],
    );
    assert.deepEqual(
      waivers.map((entry) => [entry.scope, entry.status, entry.matched]),
      [
        ['path legacy/**', 'active', 1],
        ['resource Pod/prod/*', 'active', 1],
        ['fingerprint K8S-PSS-003:k8s/c.yaml:Pod/c', 'active', 1],
        ['path k8s/, resource Pod/none', 'unused', 0],
      ],
    );
  });

  test('a waiver applies through its expiry day; then it no longer suppresses, is reported expired, and its findings lapse', () => {
    const findings = [finding('K8S-PSS-003', 'k8s/a.yaml', 'Pod/a')];
    const acceptances = configAcceptances(config([waiver({ resource: 'Pod/a', expires: '2027-01-31' })]), '/repo');
    const onTheDay = accept(findings, acceptances, '2027-01-31');
    assert.equal(onTheDay.findings[0]!.suppressed?.kind, 'waiver');
    assert.deepEqual([onTheDay.waivers[0]!.status, onTheDay.waivers[0]!.daysLeft], ['expiring', 0]);
    const after = accept(findings, acceptances, '2027-02-01');
    assert.equal(after.findings[0]!.suppressed, undefined);
    assert.deepEqual([after.waivers[0]!.status, after.waivers[0]!.matched], ['expired', 1]);
    assert.deepEqual([...after.lapsed], [findings[0]!.fingerprint]);
    const early = accept(findings, acceptances, '2026-12-01');
    assert.equal(early.waivers[0]!.status, 'active');
  });

  test('the most specific acceptance wins: annotation, then inline comment, then config waiver', () => {
    const text = '# policygate:ignore K8S-PSS-003 reason="inline reason"\nx: 1\n';
    const directives = directivesIn('k8s/a.yaml', text, 'k8s');
    const acceptances = [...configAcceptances(config([waiver({ path: 'k8s/**' })]), '/repo'), ...directiveAcceptances(directives)];
    const { findings, waivers } = accept([finding('K8S-PSS-003', 'k8s/a.yaml', 'Pod/a', 2)], acceptances, '2027-01-01');
    assert.deepEqual(findings[0]!.suppressed, { kind: 'inline', reason: 'inline reason' });
    assert.deepEqual(
      waivers.map((entry) => [entry.source, entry.matched]),
      [
        ['inline', 1],
        ['config', 1],
      ],
    );
  });

  test('an inline directive covers its own line and the line below, nothing further', () => {
    const directives = directivesIn('a.yaml', 'a: 1\n# policygate:ignore K8S-PSS-003 reason=x\nb: 2\nc: 3\n', 'k8s');
    const at = (line: number) => accept([finding('K8S-PSS-003', 'a.yaml', 'Pod/a', line)], directiveAcceptances(directives), '2027-01-01').findings[0]!.suppressed?.kind;
    assert.deepEqual([at(1), at(2), at(3), at(4)], [undefined, 'inline', 'inline', undefined]);
  });

  test('today comes from POLICYGATE_TODAY when set, and must be a real date', () => {
    assert.equal(todayFrom('2027-03-01'), '2027-03-01');
    assert.equal(todayFrom(undefined, new Date('2026-12-24T23:00:00Z')), '2026-12-24');
    assert.throws(() => todayFrom('2027-02-30'), /not a date/);
  });
});
