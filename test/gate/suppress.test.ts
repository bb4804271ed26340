import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { directivesIn, problemFindings, suppressionRule } from '../../src/findings/suppress.js';
import { accept, directiveAcceptances } from '../../src/findings/waivers.js';
import type { Kind } from '../../src/formats/types.js';

const lines = (kind: Kind, text: string) => directivesIn('f', text, kind).map((directive) => [directive.span.startLine, directive.rules.join(','), directive.reason ?? null, directive.problem ?? null]);

describe('inline suppressions, by comment syntax', () => {
  test('YAML: # comments on their own line or after a value; not inside quotes or block scalars', () => {
    const text = [
      'metadata:', // 1
      '  # policygate:ignore K8S-PSS-003 reason="vendor agent" expires=2027-01-31', // 2
      '  name: "a # policygate:ignore K8S-X-1 reason=no"', // 3
      "  note: 'it''s # policygate:ignore K8S-X-2 reason=no'", // 4
      '  script: |', // 5
      '    # policygate:ignore K8S-X-3 reason="inside a block scalar"', // 6
      '    echo', // 7
      '  privileged: true # policygate:ignore K8S-PSS-002,K8S-PSS-004 reason=short', // 8
      "  it's: plain # policygate:ignore K8S-PSS-005 reason='single'", // 9
    ].join('\n');
    assert.deepEqual(lines('k8s', text), [
      [2, 'K8S-PSS-003', 'vendor agent', null],
      [8, 'K8S-PSS-002,K8S-PSS-004', 'short', null],
      [9, 'K8S-PSS-005', 'single', null],
    ]);
  });

  test('sshd_config and firewall files: # comments; Dockerfile: only at the start of a line', () => {
    const sshd = 'PermitRootLogin yes # policygate:ignore SSHD-1 reason="break glass"\n#policygate:ignore SSHD-2 reason=x\nBanner "/etc/#issue policygate:ignore SSHD-3 reason=no"\n';
    assert.deepEqual(lines('sshd', sshd), [
      [1, 'SSHD-1', 'break glass', null],
      [2, 'SSHD-2', 'x', null],
    ]);
    assert.deepEqual(lines('firewall', '-A INPUT -p tcp --dport 22 -j ACCEPT  # policygate:ignore FW-1 reason="bastion"\n'), [[1, 'FW-1', 'bastion', null]]);
    const dockerfile = 'FROM alpine\n  # policygate:ignore DOCKER-1 reason="base image"\nRUN echo hi # policygate:ignore DOCKER-2 reason=no\n';
    assert.deepEqual(lines('dockerfile', dockerfile), [[2, 'DOCKER-1', 'base image', null]]);
  });

  test('ARM JSON: // and /* */ comments, not inside strings (which may span lines)', () => {
    const arm = [
      '{', // 1
      '  // policygate:ignore ARM-1 reason="public by design"', // 2
      '  "a": "http://x // policygate:ignore ARM-X reason=no",', // 3
      '  "b": "line one', // 4
      ' /* policygate:ignore ARM-Y reason=no */",', // 5
      '  /* several', // 6
      '     policygate:ignore ARM-2 reason="in a block" */', // 7
      '  "c": 1 /* policygate:ignore ARM-3 reason=x */', // 8
      '}',
    ].join('\n');
    assert.deepEqual(lines('arm', arm), [
      [2, 'ARM-1', 'public by design', null],
      [7, 'ARM-2', 'in a block', null],
      [8, 'ARM-3', 'x', null],
    ]);
  });

  test('a directive without a reason, rule or valid date is reported and suppresses nothing', () => {
    const text = '# policygate:ignore K8S-PSS-003\n# policygate:ignore reason="x"\n# policygate:ignore K8S-PSS-002 reason=x expires=2027-13-01\n';
    assert.deepEqual(
      lines('k8s', text).map((entry) => entry[3]),
      ['has no reason', 'names no rule id', 'has expires=2027-13-01, which is not a date (YYYY-MM-DD)'],
    );
    const directives = directivesIn('f.yaml', text, 'k8s');
    assert.equal(directiveAcceptances(directives).length, 0);
    const findings = problemFindings(directives);
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity, finding.location.startLine]),
      [
        ['K8S-SUPPRESS-001', 'low', 1],
        ['K8S-SUPPRESS-001', 'low', 2],
        ['K8S-SUPPRESS-001', 'low', 3],
      ],
    );
    assert.match(findings[0]!.message, /^"policygate:ignore K8S-PSS-003" has no reason; it suppresses nothing\.$/);
    assert.equal(new Set(findings.map((finding) => finding.fingerprint)).size, 3);
  });

  test('the suppression rule is defined once, with an id per kind', () => {
    assert.equal(suppressionRule('k8s').id, 'K8S-SUPPRESS-001');
    assert.equal(suppressionRule('sshd').id, 'SSHD-SUPPRESS-001');
    assert.equal(suppressionRule('arm').severity, 'low');
  });
});

describe('Kubernetes annotations', () => {
  const manifest = (annotation: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n  annotations:\n    policygate.io/ignore: ${annotation}\nspec:\n  containers: []\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: other\nspec: {}\n`;

  test('suppress the rules they name on that resource only, with the reason', () => {
    const directives = directivesIn('p.yaml', manifest('"K8S-PSS-003,K8S-PSS-002 reason=vendor agent needs it"'), 'k8s');
    assert.equal(directives.length, 1);
    assert.deepEqual([directives[0]!.resource, directives[0]!.rules, directives[0]!.reason, directives[0]!.span.startLine], ['Pod/prod/web', ['K8S-PSS-003', 'K8S-PSS-002'], 'vendor agent needs it', 7]);
    const finding = (ruleId: string, resource: string) => ({ ruleId, resource, fingerprint: `${ruleId}${resource}`, location: { file: 'p.yaml', startLine: 12 } }) as Finding;
    const { findings } = accept([finding('K8S-PSS-003', 'Pod/prod/web'), finding('K8S-PSS-003', 'Pod/other'), finding('K8S-PSS-004', 'Pod/prod/web')], directiveAcceptances(directives), '2027-01-01');
    assert.deepEqual(
      findings.map((item) => item.suppressed?.kind ?? null),
      ['annotation', null, null],
    );
    assert.equal(findings[0]!.suppressed!.reason, 'vendor agent needs it');
  });

  test('an annotation without a reason is a K8S-SUPPRESS-001 finding at the annotation', () => {
    const directives = directivesIn('p.yaml', manifest('K8S-PSS-003'), 'k8s');
    const [finding] = problemFindings(directives);
    assert.equal(finding!.ruleId, 'K8S-SUPPRESS-001');
    assert.equal(finding!.resource, 'Pod/prod/web');
    assert.equal(finding!.location.startLine, 7);
    assert.match(finding!.message, /The policygate\.io\/ignore annotation on Pod\/prod\/web has no reason/);
  });
});
