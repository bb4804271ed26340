// Every supported template function, with the examples of the Azure Resource Manager documentation
// as expected values where the documentation gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guid, uniqueString, uuidV5 } from '../../src/formats/arm/hash.js';
import { evaluate } from './helpers.js';

const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup';
const cases: [string, unknown][] = [
  // String functions
  ["[base64('one, two, three')]", 'b25lLCB0d28sIHRocmVl'],
  ["[base64ToString('b25lLCB0d28sIHRocmVl')]", 'one, two, three'],
  ["[base64ToJson('eyJvbmUiOiAiYSIsICJ0d28iOiAiYiJ9')]", { one: 'a', two: 'b' }],
  ["[concat('prefix', '-', 'suffix')]", 'prefix-suffix'],
  ["[concat(createArray('1-1', '1-2', '1-3'), createArray('2-1', '2-2', '2-3'))]", ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3']],
  ["[concat('a', 1, true())]", 'a1True'],
  ["[contains('OneTwoThree', 'e')]", true],
  ["[contains('OneTwoThree', 'z')]", false],
  ["[contains(createObject('one', 'a', 'two', 'b', 'three', 'c'), 'one')]", true],
  ["[contains(createObject('one', 'a', 'two', 'b', 'three', 'c'), 'four')]", false],
  ["[contains(createArray('one', 'two', 'three'), 'three')]", true],
  ["[contains(createArray('one', 'two', 'three'), 'four')]", false],
  ["[dataUri('Hello')]", 'data:text/plain;charset=utf8;base64,SGVsbG8='],
  ["[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]", 'Hello, World!'],
  ["[empty('')]", true],
  ["[empty(createArray())]", true],
  ["[empty(createObject())]", true],
  ["[endsWith('abcdef', 'ef')]", true],
  ["[endsWith('abcdef', 'F')]", true],
  ["[endsWith('abcdef', 'e')]", false],
  ["[startsWith('abcdef', 'ab')]", true],
  ["[startsWith('abcdef', 'A')]", true],
  ["[startsWith('abcdef', 'e')]", false],
  ["[first(createArray('one', 'two', 'three'))]", 'one'],
  ["[first('One Two Three')]", 'O'],
  ["[last(createArray('one', 'two', 'three'))]", 'three'],
  ["[last('One Two Three')]", 'e'],
  ["[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]", 'Hello, User. Formatted number: 8,175,133'],
  ["[format('{0:D3}-{1}', 7, 'x')]", '007-x'],
  ["[indexOf('test', 't')]", 0],
  ["[indexOf('abcdef', 'CD')]", 2],
  ["[indexOf('abcdef', 'z')]", -1],
  ["[lastIndexOf('test', 't')]", 3],
  ["[lastIndexOf('abcdef', 'AB')]", 0],
  ["[length('One Two Three')]", 13],
  ["[length(createArray('a', 'b', 'c'))]", 3],
  ["[length(createObject('propA', 'one', 'propB', 'two', 'propC', 'three', 'propD', createObject('propD-1', 'sub', 'propD-2', 'sub')))]", 4],
  ["[padLeft('123', 10, '0')]", '0000000123'],
  ["[replace('123-123-1234', '-', '')]", '1231231234'],
  ["[replace('123-123-1234', '1234', 'xxxx')]", '123-123-xxxx'],
  ["[skip(createArray('one', 'two', 'three'), 2)]", ['three']],
  ["[skip('one two three', 4)]", 'two three'],
  ["[take(createArray('one', 'two', 'three'), 2)]", ['one', 'two']],
  ["[take('one two three', 2)]", 'on'],
  ["[split('one,two,three', ',')]", ['one', 'two', 'three']],
  ["[split('one;two,three', createArray(',', ';'))]", ['one', 'two', 'three']],
  ["[string(createObject('valueA', 10, 'valueB', 'Example Text'))]", '{"valueA":10,"valueB":"Example Text"}'],
  ["[string(createArray('a', 'b', 'c'))]", '["a","b","c"]'],
  ["[string(5)]", '5'],
  ["[substring('one two three', 4, 3)]", 'two'],
  ["[toLower('One Two Three')]", 'one two three'],
  ["[toUpper('One Two Three')]", 'ONE TWO THREE'],
  ["[trim('    one two three   ')]", 'one two three'],
  ["[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]", 'http://contoso.com/resources/nested/azuredeploy.json'],
  ["[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]", 'http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json'],
  ["[uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')]", 'http://contoso.com/resources/nested/azuredeploy.json'],
  ["[uniqueString('tyeth')]", 'zcztcwvu6iyg6'],
  // Array and object functions
  ["[array(1)]", [1]],
  ["[array('efgh')]", ['efgh']],
  ["[array(createObject('a', 'b'))]", [{ a: 'b' }]],
  ["[createArray('a', 'b', 'c')]", ['a', 'b', 'c']],
  ["[createObject('intProp', 1, 'stringProp', 'abc', 'boolProp', true(), 'arrayProp', createArray('a', 'b', 'c'), 'objectProp', createObject('key1', 'value1'))]",
    { intProp: 1, stringProp: 'abc', boolProp: true, arrayProp: ['a', 'b', 'c'], objectProp: { key1: 'value1' } }],
  ["[coalesce(null(), null(), 'default')]", 'default'],
  ["[coalesce(null(), null(), 1)]", 1],
  ["[coalesce(null(), null())]", null],
  ["[flatten(createArray(createArray('one', 'two'), createArray('three'), createArray('four', 'five')))]", ['one', 'two', 'three', 'four', 'five']],
  ["[intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))]", { one: 'a', three: 'c' }],
  ["[intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))]", ['two', 'three']],
  ["[union(createObject('one', 'a', 'two', 'b', 'three', 'c2'), createObject('three', 'c', 'four', 'd', 'five', 'e'))]", { one: 'a', two: 'b', three: 'c', four: 'd', five: 'e' }],
  ["[union(createArray('one', 'two', 'three'), createArray('three', 'four'))]", ['one', 'two', 'three', 'four']],
  ["[union(createObject('property', createObject('one', 'a', 'two', 'b', 'three', 'c1'), 'nestedArray', createArray(1, 2)), createObject('property', createObject('three', 'c2', 'four', 'd', 'five', 'e'), 'nestedArray', createArray(3, 4)))]",
    { property: { one: 'a', two: 'b', three: 'c2', four: 'd', five: 'e' }, nestedArray: [3, 4] }],
  ["[items(createObject('item002', createObject('enabled', false()), 'item001', createObject('enabled', true())))]",
    [{ key: 'item001', value: { enabled: true } }, { key: 'item002', value: { enabled: false } }]],
  ["[objectKeys(createObject('a', 1, 'b', 2))]", ['a', 'b']],
  ["[join(createArray('a', 'b', 'c'), ',')]", 'a,b,c'],
  ["[json('{\"a\": \"b\"}')]", { a: 'b' }],
  ["[json('null')]", null],
  ["[json('[1,2,3]')]", [1, 2, 3]],
  ["[json('\"demo\"')]", 'demo'],
  ["[json('true')]", true],
  ["[json(format('{{\"a\": \"{0}\"}}', 'demo'))]", { a: 'demo' }],
  ["[range(1, 5)]", [1, 2, 3, 4, 5]],
  ["[tryGet(createObject('a', 1), 'b')]", null],
  ["[shallowMerge(createArray(createObject('a', 1), createObject('b', 2)))]", { a: 1, b: 2 }],
  // Comparison and logical functions
  ["[equals(1, 1)]", true],
  ["[equals('a', 'A')]", false],
  ["[equals(createArray('a', 'b'), createArray('a', 'b'))]", true],
  ["[equals(createObject('a', 'b'), createObject('a', 'b'))]", true],
  ["[less(1, 2)]", true],
  ["[less('A', 'a')]", true],
  ["[lessOrEquals(1, 2)]", true],
  ["[lessOrEquals('A', 'a')]", true],
  ["[greater(1, 2)]", false],
  ["[greater('A', 'a')]", false],
  ["[greaterOrEquals(1, 2)]", false],
  ["[greaterOrEquals('A', 'a')]", false],
  ["[and(bool('true'), bool('false'))]", false],
  ["[or(bool('true'), bool('false'))]", true],
  ["[not(bool('true'))]", false],
  ["[bool('true')]", true],
  ["[bool(0)]", false],
  ["[bool(1)]", true],
  ["[if(equals('a', 'a'), 'yes', 'no')]", 'yes'],
  ["[if(equals('a', 'b'), 'yes', 'no')]", 'no'],
  ["[if(not(equals('a', 'a')), json('null'), json('{\"test\": \"value1\"}'))]", { test: 'value1' }],
  ["[if(true(), 'only the chosen branch runs', substring('x', 5, 5))]", 'only the chosen branch runs'],
  ["[true()]", true],
  ["[false()]", false],
  ["[null()]", null],
  // Numeric functions
  ["[add(5, 3)]", 8],
  ["[sub(7, 3)]", 4],
  ["[mul(5, 3)]", 15],
  ["[div(8, 3)]", 2],
  ["[mod(7, 3)]", 1],
  ["[min(createArray(0, 3, 2, 5, 4))]", 0],
  ["[min(0, 3, 2, 5, 4)]", 0],
  ["[max(createArray(0, 3, 2, 5, 4))]", 5],
  ["[int('4')]", 4],
  // Lambda functions
  ["[filter(createArray(1, 2, 3, 4), lambda('x', greater(lambdaVariables('x'), 2)))]", [3, 4]],
  ["[map(createArray(1, 2), lambda('x', mul(lambdaVariables('x'), 2)))]", [2, 4]],
  ["[reduce(createArray(1, 2, 3), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", 6],
  ["[sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", [1, 2, 3]],
  ["[toObject(createArray(createObject('name', 'a', 'v', 1)), lambda('e', lambdaVariables('e').name))]", { a: { name: 'a', v: 1 } }],
  // Resource and scope functions (placeholder deployment target)
  ["[resourceId('Microsoft.Network/virtualNetworks/subnets', 'myVNet', 'mySubnet')]", `${RG}/providers/Microsoft.Network/virtualNetworks/myVNet/subnets/mySubnet`],
  ["[resourceId('otherResourceGroup', 'Microsoft.Storage/storageAccounts', 'examplestorage')]",
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage'],
  ["[resourceId('11111111-1111-1111-1111-111111111111', 'rg2', 'Microsoft.Storage/storageAccounts', 'st')]",
    '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/st'],
  ["[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')]",
    '/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7'],
  ["[tenantResourceId('Microsoft.Authorization/policyDefinitions', 'locationPolicy')]", '/providers/Microsoft.Authorization/policyDefinitions/locationPolicy'],
  ["[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'rgLock')]", `${RG}/providers/Microsoft.Authorization/locks/rgLock`],
  ["[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p')]", '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p'],
  ['[resourceGroup().id]', RG],
  ['[resourceGroup().name]', 'resourceGroup'],
  ['[subscription().subscriptionId]', '00000000-0000-0000-0000-000000000000'],
  ['[tenant().tenantId]', '00000000-0000-0000-0000-000000000000'],
  ['[deployment().name]', 'expr'],
  ['[environment().suffixes.storage]', 'core.windows.net'],
  ['[environment().name]', 'AzureCloud'],
  // Syntax: escaping, quotes, property access and indexing
  ['[[this is not an expression]', '[this is not an expression]'],
  ["[concat('it''s', ' ok')]", "it's ok"],
  ["[createObject('a', createArray(10, 20))['a'][1]]", 20],
  ["[json('{\"a\": {\"b\": 3}}').a.b]", 3],
  ['plain text', 'plain text'],
];

for (const [expression, expected] of cases) {
  test(`${expression} evaluates to ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(evaluate(expression), expected);
  });
}

test('uniqueString matches values Azure produced', () => {
  assert.equal(uniqueString(['/subscriptions/3c7f956b-55ee-4686-9d30-da1eb631dc59/resourceGroups/rg-devopsshieldek010dev']), 'fd63l2gacbtca');
  assert.equal(
    uniqueString(['/subscriptions/31e9f9a0-9fd2-4294-a0a3-0101246d9700/resourceGroups/rg-modm201-20230913120256/providers/Microsoft.Compute/virtualMachines/bobjacmodm201']),
    'yvjxno3je5on2',
  );
  assert.equal(uniqueString(['a', 'b']), uniqueString(['a-b']), 'arguments are joined with a dash');
  assert.match(uniqueString(['']), /^[a-z2-7]{13}$/);
});

test('guid is a version 5 UUID in the ARM namespace over the dash-joined arguments', () => {
  // The RFC 4122 name-based algorithm, checked with the well-known DNS-namespace example.
  assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  assert.equal(guid(['a', 'b']), uuidV5('11fb06fb-712d-4ddd-98c7-e71bbd588830', 'a-b'));
  assert.match(evaluate("[guid('abc')]") as string, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(evaluate("[guid('abc')]"), guid(['abc']));
});

test('parameters and variables, including copy variables', () => {
  const extra = {
    parameters: { prefix: { type: 'string', defaultValue: 'st' } },
    variables: { name: "[concat(parameters('prefix'), 'logs')]", copy: [{ name: 'disks', count: 2, input: { lun: "[copyIndex('disks', 1)]" } }] },
  };
  assert.equal(evaluate("[variables('name')]", extra), 'stlogs');
  assert.deepEqual(evaluate("[variables('disks')]", extra), [{ lun: 1 }, { lun: 2 }]);
});

test('user-defined functions', () => {
  const functions = [{ namespace: 'contoso', members: { uniqueName: { parameters: [{ name: 'namePrefix', type: 'string' }], output: { type: 'string', value: "[concat(toLower(parameters('namePrefix')), 'x')]" } } } }];
  assert.equal(evaluate("[contoso.uniqueName('ABC')]", { functions }), 'abcx');
});

test('functions that need Azure give unknown values', () => {
  for (const expression of ["[reference('st').primaryEndpoints.blob]", "[listKeys('st', '2023-01-01').keys[0].value]", '[newGuid()]', '[utcNow()]']) {
    assert.deepEqual(evaluate(expression), { $unknown: expression.slice(1, -1) }, expression);
  }
  assert.deepEqual(evaluate("[concat('x', reference('st').id)]"), { $unknown: "concat('x', reference('st').id)" });
  assert.deepEqual(evaluate("[if(equals(reference('st').id, 'a'), 1, 2)]"), { $unknown: "if(equals(reference('st').id, 'a'), 1, 2)" });
  assert.equal(evaluate("[or(true(), equals(reference('st').id, 'a'))]"), true, 'a decisive operand wins over an unknown');
  assert.deepEqual(evaluate("[createArray(1, reference('x').y)]"), [1, { $unknown: "reference('x').y" }], 'containers keep known parts');
});
