// The ARM template functions that need no template context: strings, arrays, objects,
// comparison, logic, numbers, conversions, and the scope functions that return placeholders
// for the deployment target. Functions that read the template (parameters, variables, copyIndex,
// user-defined functions, lambdas, if) live in the evaluator.
import { guid, uniqueString } from './hash.js';
import { Unknown } from './unknown.js';
import {
  deepEqual,
  EvalError,
  expectArity,
  expectArray,
  expectBool,
  expectInt,
  expectObject,
  expectString,
  getProperty,
  isObject,
  toText,
  type JsonObject,
} from './values.js';

/** Where the template is deployed: placeholders unless the caller gives real values. */
export interface Target {
  scope: 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant';
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  tenantId: string;
  managementGroup: string;
  deploymentName: string;
}

/**
 * How a function treats unknown arguments. 'deep' (the default): any unknown anywhere in the
 * arguments makes the result unknown. 'shallow': only an argument that is itself unknown does;
 * unknowns nested in arrays and objects are carried through (union, length...). 'none': the
 * function only builds a container, so unknown arguments become unknown elements.
 */
export type UnknownPolicy = 'deep' | 'shallow' | 'none';

export interface Builtin {
  call(args: unknown[], target: Target): unknown;
  unknowns?: UnknownPolicy;
}

const fn = (call: Builtin['call'], unknowns?: UnknownPolicy): Builtin => ({ call, unknowns });

function textOrArray(name: string, value: unknown): string | unknown[] {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  throw new EvalError(`${name}() expects a string or an array`);
}

function compare(name: string, args: unknown[]): number {
  expectArity(name, args, 2);
  const [a, b] = args;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0; // ordinal, as .NET
  throw new EvalError(`${name}() compares two integers or two strings`);
}

function unionOf(a: unknown, b: unknown): unknown {
  if (isObject(a) && isObject(b)) {
    const out: JsonObject = { ...a };
    for (const [key, value] of Object.entries(b)) out[key] = isObject(out[key]) && isObject(value) ? unionOf(out[key], value) : value;
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: unknown[] = [];
    for (const item of [...a, ...b]) if (!out.some((x) => deepEqual(x, item))) out.push(item);
    return out;
  }
  throw new EvalError('union() expects all arguments to be arrays or all to be objects');
}

function intersectionOf(a: unknown, b: unknown): unknown {
  if (isObject(a) && isObject(b)) {
    return Object.fromEntries(Object.entries(a).filter(([key, value]) => key in b && deepEqual(value, b[key])));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: unknown[] = [];
    for (const item of a) if (b.some((x) => deepEqual(x, item)) && !out.some((x) => deepEqual(x, item))) out.push(item);
    return out;
  }
  throw new EvalError('intersection() expects all arguments to be arrays or all to be objects');
}

/** .NET composite formatting as format() uses it: {index[,alignment][:format]}, {{ and }}. */
function formatText(template: string, values: unknown[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^}]*))?\}/g, (whole, index?: string, align?: string, spec?: string) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const i = Number(index);
    if (i >= values.length) throw new EvalError(`format() has no argument {${i}}`);
    let text = formatValue(values[i], spec);
    if (align) {
      const width = Number(align);
      text = width < 0 ? text.padEnd(-width) : text.padStart(width);
    }
    return text;
  });
}

function formatValue(value: unknown, spec: string | undefined): string {
  if (!spec || typeof value !== 'number') return toText(value);
  const letter = spec[0]!.toUpperCase();
  const digits = spec.length > 1 ? Number(spec.slice(1)) : undefined;
  switch (letter) {
    case 'N':
      return value.toLocaleString('en-US', { minimumFractionDigits: digits ?? 2, maximumFractionDigits: digits ?? 2 });
    case 'F':
      return value.toFixed(digits ?? 2);
    case 'D':
      return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(digits ?? 0, '0');
    case 'X': {
      const hex = (value >>> 0).toString(16).padStart(digits ?? 0, '0');
      return spec[0] === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      throw new EvalError(`format() does not support the format specifier '${spec}'`);
  }
}

/** json() reads JSON as Newtonsoft does, which also accepts single-quoted strings. */
function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => JSON.stringify(body.replace(/\\'/g, "'"))));
    } catch {
      throw new EvalError(`json() cannot parse ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}...` : text)}`);
    }
  }
}

/** Splits a resource type into the "type/name/type/name" path that resource IDs use. */
export function resourcePath(fnName: string, type: string, names: unknown[]): string {
  const [namespace, ...types] = type.split('/');
  if (!namespace || types.length === 0) throw new EvalError(`${fnName}() needs a resource type of the form Namespace/type, got '${type}'`);
  if (names.length !== types.length) {
    throw new EvalError(`${fnName}() got ${names.length} name${names.length === 1 ? '' : 's'} for resource type '${type}', which needs ${types.length}`);
  }
  return [namespace, ...types.flatMap((t, i) => [t, expectString(fnName, names[i], i + 2)])].join('/');
}

const subscriptionPrefix = (subscriptionId: string) => `/subscriptions/${subscriptionId}`;
export const resourceGroupId = (subscriptionId: string, resourceGroup: string) => `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
const managementGroupPrefix = (group: string) => `/providers/Microsoft.Management/managementGroups/${group}`;

/** Index of the first argument that is a resource type (contains a slash). */
function typeIndex(fnName: string, args: unknown[]): number {
  const index = args.findIndex((arg) => typeof arg === 'string' && arg.includes('/'));
  if (index === -1) throw new EvalError(`${fnName}() needs a resource type argument`);
  return index;
}

function resourceId(args: unknown[], target: Target): string {
  const at = typeIndex('resourceId', args);
  if (at > 2) throw new EvalError('resourceId() takes at most a subscription ID and a resource group name before the resource type');
  const leading = args.slice(0, at).map((arg, i) => expectString('resourceId', arg, i + 1));
  const path = resourcePath('resourceId', args[at] as string, args.slice(at + 1));
  const subscriptionId = at === 2 ? leading[0]! : target.subscriptionId;
  const group = at === 2 ? leading[1] : at === 1 ? leading[0] : undefined;
  if (group === undefined) {
    if (target.scope === 'subscription') return `${subscriptionPrefix(subscriptionId)}/providers/${path}`;
    if (target.scope === 'managementGroup') return `${managementGroupPrefix(target.managementGroup)}/providers/${path}`;
    if (target.scope === 'tenant') return `/providers/${path}`;
  }
  return `${resourceGroupId(subscriptionId, group ?? target.resourceGroup)}/providers/${path}`;
}

function subscriptionResourceId(args: unknown[], target: Target): string {
  const at = typeIndex('subscriptionResourceId', args);
  if (at > 1) throw new EvalError('subscriptionResourceId() takes at most a subscription ID before the resource type');
  const subscriptionId = at === 1 ? expectString('subscriptionResourceId', args[0]) : target.subscriptionId;
  return `${subscriptionPrefix(subscriptionId)}/providers/${resourcePath('subscriptionResourceId', args[at] as string, args.slice(at + 1))}`;
}

function managementGroupResourceId(args: unknown[], target: Target): string {
  const at = typeIndex('managementGroupResourceId', args);
  const group = at === 1 ? expectString('managementGroupResourceId', args[0]) : target.managementGroup;
  return `${managementGroupPrefix(group)}/providers/${resourcePath('managementGroupResourceId', args[at] as string, args.slice(at + 1))}`;
}

const placeholders = {
  resourceGroup: (t: Target) => ({
    id: resourceGroupId(t.subscriptionId, t.resourceGroup),
    name: t.resourceGroup,
    type: 'Microsoft.Resources/resourceGroups',
    location: t.location,
    managedBy: null,
    tags: {},
    properties: { provisioningState: 'Succeeded' },
  }),
  subscription: (t: Target) => ({
    id: subscriptionPrefix(t.subscriptionId),
    subscriptionId: t.subscriptionId,
    tenantId: t.tenantId,
    displayName: 'subscription',
  }),
  tenant: (t: Target) => ({ id: `/tenants/${t.tenantId}`, tenantId: t.tenantId, countryCode: 'US', displayName: 'tenant' }),
  managementGroup: (t: Target) => ({
    id: managementGroupPrefix(t.managementGroup),
    name: t.managementGroup,
    type: 'Microsoft.Management/managementGroups',
    properties: { displayName: t.managementGroup, tenantId: t.tenantId },
  }),
  deployment: (t: Target) => ({
    name: t.deploymentName,
    properties: { templateHash: '0', parameters: {}, mode: 'Incremental', provisioningState: 'Accepted' },
  }),
  // The public Azure cloud, as environment() returns it there.
  environment: () => ({
    name: 'AzureCloud',
    gallery: 'https://gallery.azure.com/',
    graph: 'https://graph.windows.net/',
    portal: 'https://portal.azure.com',
    graphAudience: 'https://graph.windows.net/',
    activeDirectoryDataLake: 'https://datalake.azure.net/',
    batch: 'https://batch.core.windows.net/',
    media: 'https://rest.media.azure.net',
    sqlManagement: 'https://management.core.windows.net:8443/',
    vmImageAliasDoc: 'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json',
    resourceManager: 'https://management.azure.com/',
    authentication: {
      loginEndpoint: 'https://login.microsoftonline.com/',
      audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
      tenant: 'common',
      identityProvider: 'AAD',
    },
    suffixes: {
      acrLoginServer: '.azurecr.io',
      azureDatalakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
      azureDatalakeStoreFileSystem: 'azuredatalakestore.net',
      azureFrontDoorEndpointSuffix: 'azurefd.net',
      keyvaultDns: '.vault.azure.net',
      sqlServerHostname: '.database.windows.net',
      storage: 'core.windows.net',
    },
  }),
};

const base64 = {
  encode: (text: string) => Buffer.from(text, 'utf8').toString('base64'),
  decode: (text: string) => Buffer.from(text, 'base64').toString('utf8'),
};

export const BUILTINS: Record<string, Builtin> = {
  // Strings
  base64: fn((a) => (expectArity('base64', a, 1), base64.encode(expectString('base64', a[0])))),
  base64tostring: fn((a) => (expectArity('base64ToString', a, 1), base64.decode(expectString('base64ToString', a[0])))),
  base64tojson: fn((a) => (expectArity('base64ToJson', a, 1), parseJsonText(base64.decode(expectString('base64ToJson', a[0]))))),
  datauri: fn((a) => (expectArity('dataUri', a, 1), `data:text/plain;charset=utf8;base64,${base64.encode(toText(a[0]))}`)),
  datauritostring: fn((a) => {
    expectArity('dataUriToString', a, 1);
    const match = /^data:[^,]*;base64,(.*)$/s.exec(expectString('dataUriToString', a[0]));
    if (!match) throw new EvalError('dataUriToString() expects a base64 data URI');
    return base64.decode(match[1]!);
  }),
  endswith: fn((a) => (expectArity('endsWith', a, 2), expectString('endsWith', a[0]).toLowerCase().endsWith(expectString('endsWith', a[1], 2).toLowerCase()))),
  startswith: fn((a) => (expectArity('startsWith', a, 2), expectString('startsWith', a[0]).toLowerCase().startsWith(expectString('startsWith', a[1], 2).toLowerCase()))),
  indexof: fn((a) => (expectArity('indexOf', a, 2), indexOf('indexOf', a, false))),
  lastindexof: fn((a) => (expectArity('lastIndexOf', a, 2), indexOf('lastIndexOf', a, true))),
  format: fn((a) => {
    expectArity('format', a, 1, Infinity);
    return formatText(expectString('format', a[0]), a.slice(1));
  }),
  guid: fn((a) => (expectArity('guid', a, 1, Infinity), guid(a.map((x, i) => expectString('guid', x, i + 1))))),
  uniquestring: fn((a) => (expectArity('uniqueString', a, 1, Infinity), uniqueString(a.map((x, i) => expectString('uniqueString', x, i + 1))))),
  padleft: fn((a) => {
    expectArity('padLeft', a, 2, 3);
    const value = typeof a[0] === 'number' ? String(a[0]) : expectString('padLeft', a[0]);
    const pad = a.length === 3 ? expectString('padLeft', a[2], 3) : ' ';
    if (pad.length !== 1) throw new EvalError('padLeft() pads with a single character');
    return value.padStart(expectInt('padLeft', a[1], 2), pad);
  }),
  replace: fn((a) => (expectArity('replace', a, 3), expectString('replace', a[0]).replaceAll(expectString('replace', a[1], 2), expectString('replace', a[2], 3)))),
  split: fn((a) => {
    expectArity('split', a, 2);
    const text = expectString('split', a[0]);
    const delimiters = Array.isArray(a[1]) ? a[1].map((d, i) => expectString('split', d, i + 2)) : [expectString('split', a[1], 2)];
    return delimiters.reduce<string[]>((parts, d) => parts.flatMap((part) => part.split(d)), [text]);
  }),
  substring: fn((a) => {
    expectArity('substring', a, 2, 3);
    const text = expectString('substring', a[0]);
    const start = expectInt('substring', a[1], 2);
    const length = a.length === 3 ? expectInt('substring', a[2], 3) : text.length - start;
    if (start < 0 || length < 0 || start + length > text.length) {
      throw new EvalError(`substring() range ${start}+${length} is outside the string of length ${text.length}`);
    }
    return text.substring(start, start + length);
  }),
  tolower: fn((a) => (expectArity('toLower', a, 1), expectString('toLower', a[0]).toLowerCase())),
  toupper: fn((a) => (expectArity('toUpper', a, 1), expectString('toUpper', a[0]).toUpperCase())),
  trim: fn((a) => (expectArity('trim', a, 1), expectString('trim', a[0]).trim())),
  uri: fn((a) => {
    expectArity('uri', a, 2);
    try {
      return new URL(expectString('uri', a[1], 2), expectString('uri', a[0])).href;
    } catch (error) {
      if (error instanceof EvalError) throw error;
      throw new EvalError(`uri() cannot combine '${String(a[0])}' and '${String(a[1])}'`);
    }
  }),
  uricomponent: fn((a) => (expectArity('uriComponent', a, 1), encodeURIComponent(expectString('uriComponent', a[0])))),
  uricomponenttostring: fn((a) => (expectArity('uriComponentToString', a, 1), decodeURIComponent(expectString('uriComponentToString', a[0])))),
  string: fn((a) => (expectArity('string', a, 1), toText(a[0]))),
  // Arrays and objects
  array: fn((a) => (expectArity('array', a, 1), Array.isArray(a[0]) ? a[0] : [a[0]]), 'none'),
  concat: fn((a) => {
    if (a.length === 0) return '';
    if (a.every(Array.isArray)) return (a as unknown[][]).flat(1);
    if (a.some((x) => Array.isArray(x) || isObject(x))) throw new EvalError('concat() joins either strings or arrays');
    return a.map(toText).join('');
  }, 'shallow'),
  contains: fn((a) => {
    expectArity('contains', a, 2);
    const [container, item] = a;
    if (typeof container === 'string') return container.includes(toText(item));
    if (Array.isArray(container)) return container.some((x) => deepEqual(x, item));
    if (isObject(container)) return getProperty(container, expectString('contains', item, 2)) !== undefined;
    throw new EvalError('contains() looks into a string, an array or an object');
  }),
  createarray: fn((a) => [...a], 'none'),
  createobject: fn((a) => {
    if (a.length % 2 !== 0) throw new EvalError('createObject() takes pairs of key and value');
    const out: JsonObject = {};
    for (let i = 0; i < a.length; i += 2) {
      const key = a[i];
      out[key instanceof Unknown ? `[${key.$unknown}]` : expectString('createObject', key, i + 1)] = a[i + 1];
    }
    return out;
  }, 'none'),
  empty: fn((a) => {
    expectArity('empty', a, 1);
    const v = a[0];
    if (v === null || v === undefined) return true;
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (isObject(v)) return Object.keys(v).length === 0;
    throw new EvalError('empty() expects a string, an array, an object or null');
  }, 'shallow'),
  first: fn((a) => {
    expectArity('first', a, 1);
    if (a[0] === null) return null;
    const v = textOrArray('first', a[0]);
    return typeof v === 'string' ? v.slice(0, 1) : (v[0] ?? null);
  }, 'shallow'),
  last: fn((a) => {
    expectArity('last', a, 1);
    if (a[0] === null) return null;
    const v = textOrArray('last', a[0]);
    return typeof v === 'string' ? v.slice(-1) : (v[v.length - 1] ?? null);
  }, 'shallow'),
  take: fn((a) => (expectArity('take', a, 2), textOrArray('take', a[0]).slice(0, Math.max(0, expectInt('take', a[1], 2)))), 'shallow'),
  skip: fn((a) => (expectArity('skip', a, 2), textOrArray('skip', a[0]).slice(Math.max(0, expectInt('skip', a[1], 2)))), 'shallow'),
  length: fn((a) => {
    expectArity('length', a, 1);
    const v = a[0];
    if (typeof v === 'string' || Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError('length() expects a string, an array or an object');
  }, 'shallow'),
  union: fn((a) => (expectArity('union', a, 1, Infinity), a.reduce((acc, x) => unionOf(acc, x))), 'shallow'),
  intersection: fn((a) => (expectArity('intersection', a, 2, Infinity), a.reduce((acc, x) => intersectionOf(acc, x)))),
  join: fn((a) => (expectArity('join', a, 2), expectArray('join', a[0]).map(toText).join(expectString('join', a[1], 2)))),
  flatten: fn((a) => (expectArity('flatten', a, 1), expectArray('flatten', a[0]).flatMap((x, i) => expectArray('flatten', x, i + 1))), 'shallow'),
  objectkeys: fn((a) => (expectArity('objectKeys', a, 1), Object.keys(expectObject('objectKeys', a[0]))), 'shallow'),
  items: fn((a) => {
    expectArity('items', a, 1);
    return Object.entries(expectObject('items', a[0]))
      .sort(([x], [y]) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0))
      .map(([key, value]) => ({ key, value }));
  }, 'shallow'),
  shallowmerge: fn((a) => (expectArity('shallowMerge', a, 1), Object.assign({}, ...expectArray('shallowMerge', a[0]).map((x, i) => expectObject('shallowMerge', x, i + 1)))), 'shallow'),
  tryget: fn((a) => {
    expectArity('tryGet', a, 2, Infinity);
    let v: unknown = a[0];
    for (const key of a.slice(1)) {
      if (v instanceof Unknown) return v;
      if (isObject(v) && typeof key === 'string') v = getProperty(v, key);
      else if (Array.isArray(v) && typeof key === 'number') v = v[key];
      else return null;
      if (v === undefined) return null;
    }
    return v;
  }, 'shallow'),
  json: fn((a) => (expectArity('json', a, 1), parseJsonText(expectString('json', a[0])))),
  range: fn((a) => {
    expectArity('range', a, 2);
    const start = expectInt('range', a[0]);
    const count = expectInt('range', a[1], 2);
    if (count < 0 || count > 10_000) throw new EvalError('range() count must be between 0 and 10000');
    return Array.from({ length: count }, (_, i) => start + i);
  }),
  // Comparison and logic
  equals: fn((a) => (expectArity('equals', a, 2), deepEqual(a[0], a[1]))),
  less: fn((a) => compare('less', a) < 0),
  lessorequals: fn((a) => compare('lessOrEquals', a) <= 0),
  greater: fn((a) => compare('greater', a) > 0),
  greaterorequals: fn((a) => compare('greaterOrEquals', a) >= 0),
  not: fn((a) => (expectArity('not', a, 1), !expectBool('not', a[0]))),
  true: fn((a) => (expectArity('true', a, 0), true)),
  false: fn((a) => (expectArity('false', a, 0), false)),
  null: fn((a) => (expectArity('null', a, 0), null)),
  bool: fn((a) => {
    expectArity('bool', a, 1);
    const v = a[0];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    throw new EvalError(`bool() cannot convert ${JSON.stringify(v)}`);
  }),
  int: fn((a) => {
    expectArity('int', a, 1);
    const v = a[0];
    if (typeof v === 'number') return Math.trunc(v);
    if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return Number(v);
    throw new EvalError(`int() cannot convert ${JSON.stringify(v)}`);
  }),
  // Numbers (64-bit integers in Azure; JavaScript numbers are exact up to 2^53)
  add: fn((a) => (expectArity('add', a, 2), expectInt('add', a[0]) + expectInt('add', a[1], 2))),
  sub: fn((a) => (expectArity('sub', a, 2), expectInt('sub', a[0]) - expectInt('sub', a[1], 2))),
  mul: fn((a) => (expectArity('mul', a, 2), expectInt('mul', a[0]) * expectInt('mul', a[1], 2))),
  div: fn((a) => {
    expectArity('div', a, 2);
    const divisor = expectInt('div', a[1], 2);
    if (divisor === 0) throw new EvalError('div() by zero');
    return Math.trunc(expectInt('div', a[0]) / divisor);
  }),
  mod: fn((a) => {
    expectArity('mod', a, 2);
    const divisor = expectInt('mod', a[1], 2);
    if (divisor === 0) throw new EvalError('mod() by zero');
    return expectInt('mod', a[0]) % divisor;
  }),
  min: fn((a) => extreme('min', a, Math.min)),
  max: fn((a) => extreme('max', a, Math.max)),
  // Resource IDs and scopes
  resourceid: fn((a, t) => resourceId(a, t)),
  subscriptionresourceid: fn((a, t) => subscriptionResourceId(a, t)),
  tenantresourceid: fn((a) => `/providers/${resourcePath('tenantResourceId', expectString('tenantResourceId', a[0]), a.slice(1))}`),
  managementgroupresourceid: fn((a, t) => managementGroupResourceId(a, t)),
  extensionresourceid: fn((a) => {
    expectArity('extensionResourceId', a, 3, Infinity);
    const scope = expectString('extensionResourceId', a[0]).replace(/\/$/, '');
    return `${scope}/providers/${resourcePath('extensionResourceId', expectString('extensionResourceId', a[1], 2), a.slice(2))}`;
  }),
  resourcegroup: fn((a, t) => (expectArity('resourceGroup', a, 0), placeholders.resourceGroup(t))),
  subscription: fn((a, t) => (expectArity('subscription', a, 0), placeholders.subscription(t))),
  tenant: fn((a, t) => (expectArity('tenant', a, 0), placeholders.tenant(t))),
  managementgroup: fn((_, t) => placeholders.managementGroup(t)),
  deployment: fn((a, t) => (expectArity('deployment', a, 0), placeholders.deployment(t))),
  environment: fn((a) => (expectArity('environment', a, 0), placeholders.environment())),
};

function indexOf(name: string, a: unknown[], last: boolean): number {
  const text = expectString(name, a[0]).toLowerCase();
  const find = expectString(name, a[1], 2).toLowerCase();
  return last ? text.lastIndexOf(find) : text.indexOf(find);
}

function extreme(name: string, a: unknown[], pick: (...n: number[]) => number): number {
  const values = a.length === 1 && Array.isArray(a[0]) ? a[0] : a;
  if (values.length === 0) throw new EvalError(`${name}() needs at least one integer`);
  return pick(...values.map((v, i) => expectInt(name, v, i + 1)));
}

/** Functions whose result only Azure knows: they evaluate to an unknown value. */
export function needsAzure(lowerName: string): boolean {
  return (
    lowerName.startsWith('list') ||
    ['reference', 'newguid', 'utcnow', 'pickzones', 'providers', 'datetimeadd', 'datetimefromepoch', 'datetimetoepoch', 'getsecret', 'loadtextcontent', 'loadfileasbase64', 'loadjsoncontent'].includes(lowerName)
  );
}
