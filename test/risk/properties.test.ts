// Property-based tests (fast-check): the change risk is bounded and monotonic — over the pure
// combination, and over whole assessments of generated changes (findings with every kind of
// signal, suppressed ones, Services that expose workloads, ARM references, vulnerabilities with
// CVSS, labels, KEV, EPSS and VEX).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SEVERITIES, type Finding } from '../../src/findings/finding.js';
import { assessRisk } from '../../src/risk/index.js';
import type { ResourceFacts } from '../../src/risk/resources.js';
import { combine, rating } from '../../src/risk/score.js';
import type { SbomComponent, Vulnerability } from '../../src/vuln/index.js';

const RUNS = { numRuns: 400, seed: 4242 };

const NSG_ID = '/subscriptions/s/resourcegroups/rg/providers/microsoft.network/networksecuritygroups/nsg';
const NIC_ID = '/subscriptions/s/resourcegroups/rg/providers/microsoft.network/networkinterfaces/nic';

/** The resources of the generated changes; the Service's type and the tags vary. */
function resources(serviceType: string, environment: string): ResourceFacts[] {
  return [
    { kind: 'k8s', file: 'k8s.yaml', resource: 'Deployment/prod/web', hints: [{ value: 'prod', source: 'namespace prod' }], namespace: 'prod', podLabels: { app: 'web' } },
    { kind: 'k8s', file: 'k8s.yaml', resource: 'Service/prod/web', hints: [], namespace: 'prod', service: { name: 'web', selector: { app: 'web' }, ...(serviceType === 'ClusterIP' ? {} : { exposedAs: serviceType }) } },
    { kind: 'k8s', file: 'k8s.yaml', resource: 'Deployment/dev/api', hints: [{ value: 'dev', source: 'namespace dev' }], namespace: 'dev', podLabels: { app: 'api' } },
    { kind: 'arm', file: 'vm.json', resource: 'nsg', hints: [{ value: environment, source: `tag env=${environment}` }], arm: { id: NSG_ID, type: 'microsoft.network/networksecuritygroups', references: [] } },
    { kind: 'arm', file: 'vm.json', resource: 'nic', hints: [], arm: { id: NIC_ID, type: 'microsoft.network/networkinterfaces', references: [NSG_ID] } },
    { kind: 'arm', file: 'vm.json', resource: 'vm', hints: [], arm: { id: '/subscriptions/s/x/providers/microsoft.compute/virtualmachines/vm', type: 'microsoft.compute/virtualmachines', references: [NIC_ID] } },
    { kind: 'sshd', file: 'sshd_config', resource: 'sshd_config', hints: [] },
    { kind: 'firewall', file: 'rules.v4', resource: 'iptables', hints: [] },
  ];
}

/** Rules with each kind of signal, and some with none, on the resources above. */
const RULES: [ruleId: string, controls: string[], kind: Finding['kind'], file: string, resource: string][] = [
  ['K8S-PSS-003', ['pss:baseline:privileged'], 'k8s', 'k8s.yaml', 'Deployment/prod/web'],
  ['K8S-WL-005', [], 'k8s', 'k8s.yaml', 'Deployment/prod/web'],
  ['K8S-WL-001', [], 'k8s', 'k8s.yaml', 'Deployment/dev/api'],
  ['K8S-NET-003', [], 'k8s', 'k8s.yaml', 'Service/prod/web'],
  ['K8S-COMPOUND-001', [], 'k8s', 'k8s.yaml', 'Deployment/prod/web'],
  ['ARM-NETWORK-001', ['mcsb:NS-1'], 'arm', 'vm.json', 'nsg'],
  ['ARM-COMPUTE-001', ['mcsb:IM-6'], 'arm', 'vm.json', 'vm'],
  ['ARM-STORAGE-006', ['mcsb:NS-2'], 'arm', 'vm.json', 'storage'],
  ['SSHD-003', [], 'sshd', 'sshd_config', 'sshd_config'],
  ['SSHD-COMPOUND-001', [], 'sshd', 'sshd_config', 'sshd_config'],
  ['FW-002', [], 'firewall', 'rules.v4', 'iptables'],
  ['DOCKER-001', ['cis-docker:4.1'], 'dockerfile', 'Dockerfile', 'Dockerfile'],
];

const finding = fc.record({ rule: fc.integer({ min: 0, max: RULES.length - 1 }), severity: fc.constantFrom(...SEVERITIES), line: fc.integer({ min: 1, max: 50 }), suppressed: fc.boolean() }).map(({ rule, severity, line, suppressed }): Finding => {
  const [ruleId, controls, kind, file, resource] = RULES[rule]!;
  return {
    ruleId,
    severity,
    title: ruleId,
    message: `${ruleId} on line ${line}`,
    kind,
    resource,
    path: [],
    location: { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    controls,
    remediation: '',
    fingerprint: `${ruleId}:${file}:${line}`,
    ...(suppressed ? { suppressed: { kind: 'waiver' as const, reason: 'accepted' } } : {}),
  };
});

const IMAGE = 'pkg:docker/library/nginx@1.19';
const components: SbomComponent[] = [
  { ref: IMAGE, purl: IMAGE, name: 'docker.io/library/nginx', version: '1.19', type: 'container', properties: [{ name: 'policygate:image:source', value: 'k8s.yaml#Deployment/prod/web' }] },
  { ref: 'pkg:npm/lodash@4.17.20', purl: 'pkg:npm/lodash@4.17.20', name: 'lodash', version: '4.17.20', type: 'library', properties: [] },
];

const vulnerability = fc
  .record({
    id: fc.integer({ min: 1, max: 30 }),
    image: fc.boolean(),
    score: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 10)),
    label: fc.constantFrom('critical', 'high', 'medium', 'low', 'none', 'unknown'),
    kev: fc.boolean(),
    epss: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    vex: fc.constantFrom(undefined, 'not_affected', 'exploitable'),
  })
  .map(({ id, image, score, label, kev, epss, vex }): Vulnerability => {
    const cve = `CVE-2024-${1000 + id}`;
    const purl = image ? IMAGE : 'pkg:npm/lodash@4.17.20';
    return {
      id: cve,
      aliases: [],
      records: [cve],
      severity: score === null ? { rating: label as Vulnerability['severity']['rating'] } : { rating: 'high', cvss: { version: '3.1', vector: 'CVSS:3.1/…', base: score, score } },
      affects: [{ ref: purl, purl, name: purl, fixed: [], ...(vex ? { vex: { state: vex as 'not_affected' } } : {}) }],
      ...(kev ? { kev: { cve } } : {}),
      ...(epss !== null ? { epss: { cve, epss, percentile: 0.5 } } : {}),
      counted: vex !== 'not_affected',
    };
  });

const change = fc.record({
  findings: fc.array(finding, { maxLength: 25 }),
  vulnerabilities: fc.array(vulnerability, { maxLength: 6 }),
  serviceType: fc.constantFrom('ClusterIP', 'LoadBalancer', 'NodePort'),
  environment: fc.constantFrom('production', 'staging', 'none'),
});

function score(input: { findings: Finding[]; vulnerabilities: Vulnerability[]; serviceType: string; environment: string }) {
  return assessRisk({ findings: input.findings, vulnerabilities: input.vulnerabilities, components, resources: resources(input.serviceType, input.environment) });
}

describe('the change risk', () => {
  test('combining is bounded by 0 and 100 and never lowered by another item, on any resource', () => {
    const item = fc.record({ risk: fc.integer({ min: 0, max: 100 }).map((n) => n / 10), group: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), item, (items, extra) => {
        const before = combine(items).score;
        const after = combine([...items, extra]).score;
        assert.ok(before >= 0 && before <= 100 && Number.isInteger(before));
        assert.ok(after >= before, `${after} < ${before}`);
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  test('is bounded, every item within 0 and 10, rated by its bands, and divided among its items', () => {
    fc.assert(
      fc.property(change, (input) => {
        const risk = score(input);
        assert.ok(risk.score >= 0 && risk.score <= 100 && Number.isInteger(risk.score));
        assert.equal(risk.rating, rating(risk.score));
        for (const item of risk.items) assert.ok(item.risk >= 0 && item.risk <= 10, `${item.id} ${item.risk}`);
        const shared = risk.items.reduce((sum, item) => sum + item.contribution!, 0);
        assert.ok(Math.abs(shared - risk.score) <= 0.05 * risk.items.length + 1e-9, `${shared} vs ${risk.score}`);
      }),
      RUNS,
    );
  });

  test('never goes down when a finding is added, suppressed or not', () => {
    fc.assert(
      fc.property(change, finding, (input, extra) => {
        const before = score(input).score;
        const after = score({ ...input, findings: [...input.findings, extra] }).score;
        assert.ok(after >= before, `adding ${extra.ruleId} (${extra.severity}${extra.suppressed ? ', suppressed' : ''}) lowered ${before} to ${after}`);
      }),
      RUNS,
    );
  });

  test('never goes down when a vulnerability is added', () => {
    fc.assert(
      fc.property(change, vulnerability, (input, extra) => {
        const known = new Set(input.vulnerabilities.map((v) => v.id));
        fc.pre(!known.has(extra.id));
        const before = score(input).score;
        const after = score({ ...input, vulnerabilities: [...input.vulnerabilities, extra] }).score;
        assert.ok(after >= before, `adding ${extra.id} lowered ${before} to ${after}`);
      }),
      RUNS,
    );
  });

  test('is 0 and rated none for a change without findings or vulnerabilities', () => {
    const risk = assessRisk({ findings: [], resources: [] });
    assert.deepEqual([risk.score, risk.rating, risk.items.length], [0, 'none', 0]);
  });
});
