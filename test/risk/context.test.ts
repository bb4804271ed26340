import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { factsOf, parseSource } from '../../src/engine/check.js';
import type { Finding } from '../../src/findings/finding.js';
import { DEFAULT_RISK_CONFIG, loadRiskConfig, RiskConfigError } from '../../src/risk/config.js';
import { classifyEnvironment, RiskContext } from '../../src/risk/context.js';
import { resourcesOf, type ResourceFacts } from '../../src/risk/resources.js';
import { signalsOf } from '../../src/risk/signals.js';
import { tempDir } from '../helpers.js';

const repo = join(import.meta.dirname, '../../..');

function facts(cwd: string, files: string[], config = DEFAULT_RISK_CONFIG): ResourceFacts[] {
  return files.flatMap((file) => parseSource({ file, absolute: join(cwd, file), explicit: true }, { cwd, root: cwd, formatOptions: {} }).documents.flatMap((document) => resourcesOf(factsOf(document), config.keys, config.paths)));
}

function finding(ruleId: string, file: string, resource: string, controls: string[] = []): Finding {
  return { ruleId, severity: 'high', title: ruleId, message: `${ruleId} fired`, kind: 'k8s', resource, path: [], location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, controls, remediation: '', fingerprint: ruleId };
}

const manifests = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop, labels: {env: production}}
spec:
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: api:1}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: other}
spec:
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: api:1}]}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec: {selector: {app: api}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: public, namespace: shop}
spec:
  rules:
    - http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: staging}
spec:
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: api}}
        spec: {containers: [{name: report, image: report:1}]}
`;

describe('resource context', () => {
  test('Kubernetes: an Ingress exposes its Services, a Service the workloads it selects in its namespace', () => {
    const dir = tempDir({ 'app.yaml': manifests });
    const context = new RiskContext([], facts(dir, ['app.yaml']), DEFAULT_RISK_CONFIG);
    assert.equal(context.of('app.yaml', 'Ingress/shop/public').exposure, 'Ingress/shop/public routes traffic from outside the cluster');
    assert.equal(context.of('app.yaml', 'Service/shop/api').exposure, 'routed by Ingress/shop/public');
    assert.match(context.of('app.yaml', 'Deployment/shop/api').exposure!, /^selected by Service\/shop\/api/);
    assert.equal(context.of('app.yaml', 'Deployment/other/api').exposure, undefined);
    assert.equal(context.of('app.yaml', 'CronJob/staging/report').exposure, undefined);
    assert.deepEqual(context.of('app.yaml', 'Deployment/shop/api').environment, { name: 'production', reason: 'label env=production' });
    assert.deepEqual(context.of('app.yaml', 'CronJob/staging/report').environment, { name: 'non-production', reason: 'namespace staging' });
  });

  test('ARM: exposure flows from an NSG open to SSH to the network, the NIC and the VM, not to the storage account', () => {
    const file = 'examples/azure/web-vm-insecure.json';
    const resources = facts(repo, [file]);
    const nsg = resources.find((resource) => resource.resource.startsWith('Microsoft.Network/networkSecurityGroups/'))!;
    const context = new RiskContext([finding('ARM-NETWORK-001', file, nsg.resource, ['mcsb:NS-1'])], resources, DEFAULT_RISK_CONFIG);
    const exposure = (type: string) => context.of(file, resources.find((resource) => resource.resource.startsWith(type))!.resource).exposure;
    assert.match(exposure('Microsoft.Network/networkSecurityGroups/')!, /^ARM-NETWORK-001/);
    assert.match(exposure('Microsoft.Network/virtualNetworks/')!, /^through Microsoft.Network\/networkSecurityGroups\/web-01-nsg/);
    assert.match(exposure('Microsoft.Network/networkInterfaces/')!, /^through Microsoft.Network\/(virtualNetworks|publicIPAddresses)\//);
    assert.match(exposure('Microsoft.Compute/virtualMachines/')!, /^through Microsoft.Network\/networkInterfaces\/web-01-nic/);
    assert.equal(exposure('Microsoft.Storage/storageAccounts/'), undefined);
  });

  test('hosts: SSH open to the Internet in a firewall exposes the sshd configurations of the change', () => {
    const resources: ResourceFacts[] = [{ kind: 'sshd', file: 'etc/ssh/sshd_config', resource: 'sshd_config', hints: [] }];
    const context = new RiskContext([finding('FW-002', 'rules.v4', 'iptables')], resources, DEFAULT_RISK_CONFIG);
    assert.equal(context.of('etc/ssh/sshd_config', 'sshd_config').exposure, 'SSH is open to the Internet (FW-002 on iptables in rules.v4)');
    assert.equal(new RiskContext([finding('FW-003', 'rules.v4', 'iptables')], resources, DEFAULT_RISK_CONFIG).of('etc/ssh/sshd_config', 'sshd_config').exposure, undefined);
  });

  test('a suppressed finding still describes its resource', () => {
    const waived = { ...finding('K8S-NET-003', 'svc.yaml', 'Service/shop/web'), suppressed: { kind: 'waiver' as const, reason: 'accepted' } };
    assert.match(new RiskContext([waived], [], DEFAULT_RISK_CONFIG).of('svc.yaml', 'Service/shop/web').exposure!, /^K8S-NET-003/);
  });
});

describe('signals, by rule metadata', () => {
  test('map ids and controls, so that a new rule with a known control slots in', () => {
    assert.deepEqual([...signalsOf({ ruleId: 'ARM-NETWORK-001', controls: [] })].sort(), ['exposure', 'ssh-exposure']);
    assert.deepEqual([...signalsOf({ ruleId: 'ARM-NEW-999', controls: ['mcsb:NS-2'] })], ['exposure']);
    assert.deepEqual([...signalsOf({ ruleId: 'K8S-NEW-999', controls: ['pss:baseline:privileged'] })], ['privilege']);
    assert.deepEqual([...signalsOf({ ruleId: 'K8S-PSS-103', controls: ['pss:restricted:running-as-non-root', 'cis-k8s:5.2.7'] })], []);
    assert.deepEqual([...signalsOf({ ruleId: 'FW-COMPOUND-007', controls: [] })], ['compound']);
  });
});

describe('environment and settings', () => {
  test('production wins over non-production, words are matched whole', () => {
    const hints = (...values: string[]) => values.map((value) => ({ value, source: value }));
    assert.equal(classifyEnvironment(hints('staging', 'prod-eu'), DEFAULT_RISK_CONFIG)?.name, 'production');
    assert.equal(classifyEnvironment(hints('qa'), DEFAULT_RISK_CONFIG)?.name, 'non-production');
    assert.equal(classifyEnvironment(hints('product-catalog', 'devops'), DEFAULT_RISK_CONFIG), undefined);
  });

  test('a risk config overrides words, keys, paths and factors, and refuses what would break the model', () => {
    const dir = tempDir({
      'risk.yaml': 'environments:\n  production: [prd-cluster]\nkeys: [tier]\npaths: true\nfactors:\n  exposure: 2\n',
      'lower.yaml': 'factors:\n  exposure: 0.5\n',
      'unknown.yaml': 'factor: {}\n',
      'overlays/production/app.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {tier: prd-cluster}}\nspec: {containers: []}\n',
    });
    const config = loadRiskConfig(join(dir, 'risk.yaml'), 'risk.yaml');
    assert.deepEqual(config.environments.production, ['prd-cluster']);
    assert.deepEqual(config.environments.nonProduction, DEFAULT_RISK_CONFIG.environments.nonProduction);
    assert.equal(config.factors.exposure, 2);
    assert.equal(config.factors.privilege, DEFAULT_RISK_CONFIG.factors.privilege);
    const [pod] = facts(dir, ['overlays/production/app.yaml'], config);
    assert.deepEqual(pod!.hints.map((hint) => hint.source), ['label tier=prd-cluster', 'path overlays/production/app.yaml (overlays)', 'path overlays/production/app.yaml (production)', 'path overlays/production/app.yaml (app)']);
    assert.throws(() => loadRiskConfig(join(dir, 'lower.yaml'), 'lower.yaml'), (error: Error) => error instanceof RiskConfigError && /factors.exposure must be a number from 1 to 10/.test(error.message));
    assert.throws(() => loadRiskConfig(join(dir, 'unknown.yaml'), 'unknown.yaml'), /unknown key "factor"/);
    assert.throws(() => loadRiskConfig(join(dir, 'missing.yaml'), 'missing.yaml'), /cannot read \(ENOENT\)/);
  });
});
