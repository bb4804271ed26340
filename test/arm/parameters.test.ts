// Parameters files: pairing by convention and by --parameters, one document per pair, and the
// "unknown is not bad" contract for parameters without a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/formats/types.js';
import { documentOf, parametersFile, parse, ROOT, template } from './helpers.js';

const TEMPLATE = template({
  parameters: { minimumTlsVersion: { type: 'string' }, adminPassword: { type: 'securestring' } },
  resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'logs', properties: { minimumTlsVersion: "[parameters('minimumTlsVersion')]" } }],
});
const TLS = ['resources', 0, 'properties', 'minimumTlsVersion'];
const tlsOf = (doc: ReturnType<typeof documentOf>) => (doc.resources[0]!['properties'] as { minimumTlsVersion: unknown }).minimumTlsVersion;

test('a parameter without default and without parameters file stays unknown, with nothing related', () => {
  const files = { [`${ROOT}/azuredeploy.json`]: TEMPLATE };
  const [parsed, ...more] = parse(files, `${ROOT}/azuredeploy.json`);
  assert.equal(more.length, 0);
  assert.deepEqual(tlsOf(documentOf(parsed!)), { $unknown: "parameters('minimumTlsVersion')" });
  assert.deepEqual(parsed!.related!(TLS), []);
  assert.equal(parsed!.resource, `${ROOT}/azuredeploy.json`);
});

test('a value from the parameters file is used and located in both files', () => {
  const files = {
    [`${ROOT}/azuredeploy.json`]: TEMPLATE,
    [`${ROOT}/azuredeploy.parameters.json`]: parametersFile({ minimumTlsVersion: 'TLS1_0' }),
  };
  const [parsed] = parse(files, `${ROOT}/azuredeploy.json`);
  assert.equal(tlsOf(documentOf(parsed!)), 'TLS1_0');
  const tlsLine = TEMPLATE.split('\n').findIndex((line) => line.includes('"minimumTlsVersion": "[parameters')) + 1;
  assert.equal(parsed!.locate(TLS).startLine, tlsLine);
  const related = parsed!.related!(TLS);
  assert.equal(related.length, 1);
  assert.equal(related[0]!.file, `${ROOT}/azuredeploy.parameters.json`);
  assert.equal(related[0]!.startLine, 5);
  assert.match(related[0]!.message, /parameter 'minimumTlsVersion' is set in/);
  assert.equal(parsed!.context!['parametersFile'], `${ROOT}/azuredeploy.parameters.json`);
  assert.equal(documentOf(parsed!).parameters['minimumTlsVersion']!.source, 'parametersFile');
});

test('each parameters file of a template is a separate document', () => {
  const files = {
    [`${ROOT}/main.json`]: TEMPLATE,
    [`${ROOT}/main.parameters.dev.json`]: parametersFile({ minimumTlsVersion: 'TLS1_0' }),
    [`${ROOT}/main.parameters.prod.json`]: parametersFile({ minimumTlsVersion: 'TLS1_2' }),
    [`${ROOT}/other.parameters.json`]: parametersFile({ minimumTlsVersion: 'TLS1_1' }),
  };
  const parsed = parse(files, `${ROOT}/main.json`);
  assert.deepEqual(parsed.map((d) => [d.resource, tlsOf(documentOf(d))]), [
    [`${ROOT}/main.json with ${ROOT}/main.parameters.dev.json`, 'TLS1_0'],
    [`${ROOT}/main.json with ${ROOT}/main.parameters.prod.json`, 'TLS1_2'],
  ]);
});

test('--parameters files apply to the templates that declare their parameters', () => {
  const files = {
    [`${ROOT}/main.json`]: TEMPLATE,
    [`${ROOT}/main.parameters.json`]: parametersFile({ minimumTlsVersion: 'TLS1_2' }),
    [`${ROOT}/env/prod.json`]: parametersFile({ minimumTlsVersion: 'TLS1_1' }),
    [`${ROOT}/env/unrelated.json`]: parametersFile({ somethingElse: 1 }),
  };
  const parsed = parse(files, `${ROOT}/main.json`, { parameters: [`${ROOT}/env/prod.json`, `${ROOT}/env/unrelated.json`] });
  assert.deepEqual(parsed.map((d) => tlsOf(documentOf(d))), ['TLS1_1']);
});

test('Key Vault references stay unknown but name the parameters file', () => {
  const files = {
    [`${ROOT}/main.json`]: TEMPLATE,
    [`${ROOT}/main.parameters.json`]: JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      parameters: { adminPassword: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/kv' }, secretName: 'admin' } } },
    }),
  };
  const doc = documentOf(parse(files, `${ROOT}/main.json`)[0]!);
  assert.deepEqual(doc.parameters['adminPassword']!.value, { $unknown: "Key Vault secret 'admin' for parameter 'adminPassword'" });
  assert.equal(doc.parameters['adminPassword']!.source, 'keyVault');
});

test('a parameters file on its own yields nothing when its template is beside it, and an error otherwise', () => {
  const paired = { [`${ROOT}/a.json`]: TEMPLATE, [`${ROOT}/a.parameters.json`]: parametersFile({}) };
  assert.deepEqual(parse(paired, `${ROOT}/a.parameters.json`), []);
  const exported = { [`${ROOT}/template.json`]: TEMPLATE, [`${ROOT}/parameters.json`]: parametersFile({}) };
  assert.deepEqual(parse(exported, `${ROOT}/parameters.json`), []);
  const orphan = { [`${ROOT}/b.parameters.json`]: parametersFile({}) };
  assert.throws(() => parse(orphan, `${ROOT}/b.parameters.json`), (e: unknown) => e instanceof InputError && /no template found .*b\.json/.test(e.message));
  const given = { [`${ROOT}/prod.json`]: parametersFile({}) };
  assert.deepEqual(parse(given, `${ROOT}/prod.json`, { parameters: [`${ROOT}/prod.json`] }), []);
});

test('a paired parameters file that sets an undeclared parameter is an error in that file', () => {
  const files = { [`${ROOT}/a.json`]: TEMPLATE, [`${ROOT}/a.parameters.json`]: parametersFile({ typo: 1 }) };
  assert.throws(
    () => parse(files, `${ROOT}/a.json`),
    (e: unknown) => e instanceof InputError && e.file === `${ROOT}/a.parameters.json` && e.line === 5 && /'typo' is not declared/.test(e.message),
  );
});
