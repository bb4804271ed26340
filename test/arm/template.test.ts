// Template expansion: copy loops, conditions, child resources, nested deployments, symbolic names,
// and the source positions that findings are located with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arm } from '../../src/formats/arm/index.js';
import { InputError } from '../../src/formats/types.js';
import { context, documentOf, parse, ROOT, SCHEMA, template } from './helpers.js';

const FILE = `${ROOT}/main.json`;
const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup';
const one = (body: Record<string, unknown>) => parse({ [FILE]: template(body) }, FILE)[0]!;

test('resource copy loops make one resource per instance, with copyIndex and offsets', () => {
  const parsed = one({
    parameters: { count: { type: 'int', defaultValue: 3 } },
    resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[concat('st', copyIndex(1))]", copy: { name: 'stLoop', count: "[parameters('count')]" }, properties: { index: "[copyIndex('stLoop')]" } }],
  });
  const doc = documentOf(parsed);
  assert.deepEqual(doc.resources.map((r) => r['name']), ['st1', 'st2', 'st3']);
  assert.deepEqual(doc.resources.map((r) => (r['properties'] as { index: number }).index), [0, 1, 2]);
  assert.equal(doc.resourceIds[`${RG}/providers/Microsoft.Storage/storageAccounts/st2`.toLowerCase()], 1);
});

test('property copy loops build arrays and are located at their input', () => {
  const text = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Compute/virtualMachines",
      "apiVersion": "2023-03-01",
      "name": "vm",
      "properties": {
        "storageProfile": {
          "copy": [
            {
              "name": "dataDisks",
              "count": 2,
              "input": { "lun": "[copyIndex('dataDisks')]", "diskSizeGB": 64 }
            }
          ]
        }
      }
    }
  ]
}`;
  const [parsed] = arm.parse(text, FILE, context({ [FILE]: text }));
  const doc = documentOf(parsed!);
  assert.deepEqual((doc.resources[0]!['properties'] as { storageProfile: unknown }).storageProfile, { dataDisks: [{ lun: 0, diskSizeGB: 64 }, { lun: 1, diskSizeGB: 64 }] });
  assert.equal(parsed!.locate(['resources', 0, 'properties', 'storageProfile', 'dataDisks', 1, 'diskSizeGB']).startLine, 15);
  assert.equal(parsed!.locate(['resources', 0, 'properties', 'storageProfile', 'missing', 'deeper']).startLine, 10);
});

test('conditions: false drops the resource, unknown keeps it and says so', () => {
  const doc = documentOf(
    one({
      parameters: { deploy: { type: 'bool', defaultValue: false }, maybe: { type: 'bool' } },
      resources: [
        { type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2023-04-01', name: 'never', condition: "[parameters('deploy')]" },
        { type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2023-04-01', name: 'perhaps', condition: "[parameters('maybe')]" },
        { type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2023-04-01', name: 'always', condition: "[not(parameters('deploy'))]" },
      ],
    }),
  );
  assert.deepEqual(doc.resources.map((r) => r['name']), ['perhaps', 'always']);
  assert.deepEqual(doc.resources[0]!['condition'], { $unknown: "parameters('maybe')" });
});

test('child resources declared nested and at top level get full types, names and parent IDs', () => {
  const doc = documentOf(
    one({
      resources: [
        { type: 'Microsoft.Network/virtualNetworks', apiVersion: '2023-04-01', name: 'vnet', resources: [{ type: 'subnets', apiVersion: '2023-04-01', name: 'web' }] },
        { type: 'Microsoft.Network/virtualNetworks/subnets', apiVersion: '2023-04-01', name: 'vnet/data' },
      ],
    }),
  );
  const vnet = `${RG}/providers/Microsoft.Network/virtualNetworks/vnet`;
  assert.deepEqual(
    doc.resources.map((r) => [r['type'], r['name'], r['id'], r['parent']]),
    [
      ['Microsoft.Network/virtualNetworks', 'vnet', vnet, undefined],
      ['Microsoft.Network/virtualNetworks/subnets', 'vnet/web', `${vnet}/subnets/web`, vnet],
      ['Microsoft.Network/virtualNetworks/subnets', 'vnet/data', `${vnet}/subnets/data`, vnet],
    ],
  );
});

test('nested deployments: inner scope gets passed parameters, outer scope reads the parent, resourceGroup retargets IDs', () => {
  const parsed = one({
    parameters: { tls: { type: 'string', defaultValue: 'TLS1_0' } },
    variables: { prefix: 'outer' },
    resources: [
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'inner',
        resourceGroup: 'other-rg',
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: { minTls: { value: "[parameters('tls')]" } },
          template: {
            $schema: SCHEMA,
            contentVersion: '1.0.0.0',
            parameters: { minTls: { type: 'string' } },
            variables: { prefix: 'inner' },
            resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[concat(variables('prefix'), 'st')]", properties: { minimumTlsVersion: "[parameters('minTls')]" } }],
          },
        },
      },
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: 'outer',
        properties: {
          mode: 'Incremental',
          template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[concat(variables('prefix'), 'st')]" }] },
        },
      },
      { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'linked', properties: { mode: 'Incremental', templateLink: { uri: 'https://example.com/t.json' } } },
    ],
  });
  const doc = documentOf(parsed);
  const storage = doc.resources.filter((r) => r['type'] === 'Microsoft.Storage/storageAccounts');
  assert.deepEqual(storage.map((r) => [r['name'], r['deployment']]), [['innerst', 'inner'], ['outerst', 'outer']]);
  assert.equal(storage[0]!['id'], '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other-rg/providers/Microsoft.Storage/storageAccounts/innerst');
  assert.equal((storage[0]!['properties'] as { minimumTlsVersion: string }).minimumTlsVersion, 'TLS1_0');
  const inner = doc.resources.indexOf(storage[0]!);
  const at = parsed.locate(['resources', inner, 'properties', 'minimumTlsVersion']);
  assert.equal(at.startLine > 20, true, 'located inside the nested template');
  const related = parsed.related!(['resources', inner, 'properties', 'minimumTlsVersion']);
  assert.deepEqual(related.map((r) => r.message), ["parameter 'tls' takes its default value"]);
  const linked = doc.resources.find((r) => r['name'] === 'linked')!;
  assert.deepEqual((linked['properties'] as { template: unknown }).template, { $unknown: 'linked template (templateLink) is not expanded' });
});

test('languageVersion 2.0: symbolic names, existing resources and symbolic dependsOn', () => {
  const parsed = one({
    languageVersion: '2.0',
    resources: {
      plan: { type: 'Microsoft.Web/serverfarms', apiVersion: '2022-09-01', name: 'plan', sku: { name: 'P1v3' } },
      shared: { existing: true, type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'shared' },
      site: { type: 'Microsoft.Web/sites', apiVersion: '2022-09-01', name: 'web', dependsOn: ['plan'], properties: { serverFarmId: "[resourceInfo('plan').id]" } },
    },
  });
  const doc = documentOf(parsed);
  const plan = `${RG}/providers/Microsoft.Web/serverfarms/plan`;
  assert.deepEqual(doc.resources.map((r) => r['symbolicName']), ['plan', 'site']);
  assert.deepEqual(doc.resources[1]!['dependsOn'], [plan]);
  assert.equal((doc.resources[1]!['properties'] as { serverFarmId: string }).serverFarmId, plan);
  assert.equal(parsed.context!['languageVersion'], '2.0');
});

test('comments, trailing commas and multi-line strings are read as Azure reads them', () => {
  const text = `{
  // deployment template
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  /* a block comment */
  "variables": {
    "name": "[concat('st',
      'logs')]",
  },
  "resources": [
    { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[variables('name')]", "location": "westeurope", },
  ],
}`;
  const [parsed] = arm.parse(text, FILE, context({ [FILE]: text }));
  const doc = documentOf(parsed!);
  assert.equal(doc.resources[0]!['name'], 'stlogs');
  assert.deepEqual(parsed!.locate(['resources', 0, 'location']), { startLine: 11, startColumn: 111, endLine: 11, endColumn: 135 });
});

test('unknown values are counted per template', () => {
  const parsed = one({
    parameters: { subnetId: { type: 'string' } },
    resources: [{ type: 'Microsoft.Network/networkInterfaces', apiVersion: '2023-04-01', name: 'nic', properties: { subnet: "[parameters('subnetId')]", dns: "[reference('x').fqdn]", fixed: 'a' } }],
  });
  assert.equal(parsed.context!['unresolved'], 2);
  assert.deepEqual(parsed.context!['unresolvedParameters'], ['subnetId']);
});

test('bad templates are input errors with the file and position', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ resources: [{ type: 'Microsoft.Storage/storageAccounts', name: "[parameters('missing')]" }] }, /parameter 'missing' is not declared/],
    [{ resources: [{ type: 'Microsoft.Storage/storageAccounts', name: "[substring('abc', 2, 5)]" }] }, /substring\(\) range/],
    [{ resources: [{ type: 'Microsoft.Storage/storageAccounts', name: "[concat('a']" }] }, /expected ',' or '\)'/],
    [{ resources: [{ type: 'Microsoft.Storage/storageAccounts', name: 'a', copy: { name: 'l', count: 801 } }] }, /at most 800/],
    [{ variables: { a: "[variables('b')]", b: "[variables('a')]" }, resources: [{ type: 'Microsoft.Storage/storageAccounts', name: "[variables('a')]" }] }, /refers to itself/],
    [{ resources: [{ type: 'Microsoft.Network/virtualNetworks/subnets', name: 'only-one-segment' }] }, /needs 2/],
  ];
  for (const [body, message] of cases) {
    assert.throws(() => one(body), (error: unknown) => error instanceof InputError && error.file === FILE && (error.line ?? 0) > 0 && message.test(error.message));
  }
  assert.throws(() => arm.parse('{ "$schema": ', FILE, context({})), (e: unknown) => e instanceof InputError && e.line === 1);
});

test('detection by $schema and languageVersion', () => {
  assert.equal(arm.detect('a.json', template({ resources: [] })), true);
  assert.equal(arm.detect('a.parameters.json', '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}'), true);
  assert.equal(arm.detect('a.json', '{"languageVersion": "2.0", "contentVersion": "1.0.0.0", "resources": {}}'), true);
  assert.equal(arm.detect('a.json', '{"apiVersion": "v1", "kind": "Pod"}'), false);
  assert.equal(arm.detect('a.yaml', template({ resources: [] })), false);
});
