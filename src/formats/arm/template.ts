// Expands one deployment template with one set of parameter values into the resource model that
// Rego sees as input.document: every resource instance (copy loops, conditions, nested child
// resources, nested deployments with inline templates) as a flat list with evaluated values,
// plus parameters and outputs. Every produced value remembers the template node it came from.
import type { Node } from 'jsonc-parser';
import { Binding, Evaluator, userFunctions, Variables, withResourceLoop, type Output, type Scope } from './evaluate.js';
import { resourceGroupId, type Target } from './functions.js';
import { entries, property, type JsonSource } from './jsonc.js';
import { countUnknown, isUnknown, Unknown } from './unknown.js';
import { isObject } from './values.js';
import { pathKey } from '../source.js';
import { InputError, type DocPath, type RelatedLocation, type Span } from '../types.js';

/** Nested deployments deeper than this are refused (each level is an inline template). */
export const MAX_NESTING = 20;
/** A template that expands to more resource instances than this is refused. */
export const MAX_RESOURCES = 20_000;

/** Values for the template's parameters, from a parameters file. */
export interface ParameterValues {
  source: JsonSource;
  /** Parameter name (lower case) to its entry node in the parameters file. */
  entries: Map<string, Node>;
}

export interface ArmResource {
  type: string;
  name: unknown;
  apiVersion?: unknown;
  id: unknown;
  parent?: unknown;
  [field: string]: unknown;
}

export interface ArmParameter {
  type: unknown;
  secure: boolean;
  value: unknown;
  /** Where the value came from. */
  source: 'parametersFile' | 'keyVault' | 'default' | 'none';
  defaultValue?: unknown;
}

export interface ArmDocument {
  languageVersion: string;
  targetScope: Target['scope'];
  parameters: Record<string, ArmParameter>;
  resources: ArmResource[];
  /** Lower-cased resource ID to the index of the resource in `resources`. */
  resourceIds: Record<string, number>;
  outputs: Record<string, { type: unknown; value: unknown; parameters: string[] }>;
}

export interface Expansion {
  document: ArmDocument;
  locate(path: DocPath): Span;
  related(path: DocPath): RelatedLocation[];
  /** How many values in resources and outputs stayed unknown. */
  unresolved: number;
  /** Parameters that have neither a value nor a default. */
  unresolvedParameters: string[];
  /** Functions the evaluator does not implement (their results are unknown). */
  unsupportedFunctions: string[];
}

/** Fields copied from a template resource into the model, evaluated. */
const RESOURCE_FIELDS = ['apiVersion', 'location', 'kind', 'sku', 'identity', 'tags', 'zones', 'plan', 'properties', 'scope', 'managedBy', 'extendedLocation'];
const SECURE_TYPES = new Set(['securestring', 'secureobject']);
/** Fields derived from others: not counted as unresolved values of their own. */
const DERIVED = new Set(['id', 'parent']);

export function languageVersionOf(source: JsonSource): string {
  const node = property(source.root, 'languageVersion');
  return node ? String(source.value(node)) : '1.0';
}

export function targetScopeOf(schema: unknown): Target['scope'] {
  const text = typeof schema === 'string' ? schema.toLowerCase() : '';
  if (text.includes('subscriptiondeploymenttemplate')) return 'subscription';
  if (text.includes('managementgroupdeploymenttemplate')) return 'managementGroup';
  if (text.includes('tenantdeploymenttemplate')) return 'tenant';
  return 'resourceGroup';
}

interface Placement {
  scope: Scope;
  /** Where resources are deployed (differs from scope.target in outer-scope nested deployments). */
  target: Target;
  deployment?: string;
  parent?: { type: string; name: unknown; id: unknown };
  depth: number;
}

export function expandTemplate(source: JsonSource, values: ParameterValues | undefined, target: Target): Expansion {
  const origins = new Map<string, { node: Node; source: JsonSource; reads: Binding[] }>();
  const evaluator = new Evaluator();
  const record =
    (file: JsonSource) =>
    (path: DocPath, node: Node, reads: Binding[]): void => {
      origins.set(pathKey(path), { node, source: file, reads });
    };
  const out = (path: DocPath, file: JsonSource = source): Output => ({ path, record: record(file) });

  const root = source.root;
  const document: ArmDocument = {
    languageVersion: languageVersionOf(source),
    targetScope: target.scope,
    parameters: {},
    resources: [],
    resourceIds: {},
    outputs: {},
  };
  const unresolvedParameters: string[] = [];
  const declared: { key: string; model: ArmParameter; defaultNode: Node | undefined; binding: Binding; declaration: Node }[] = [];

  // Top-level parameters: the parameters file, else the default, else unknown.
  const scope = templateScope(source, root, target, evaluator, (name, declaration, scopeOf) => {
    const entry = values?.entries.get(name.toLowerCase());
    const defaultNode = property(declaration, 'defaultValue');
    const type = source.value(property(declaration, 'type') ?? declaration);
    const secure = typeof type === 'string' && SECURE_TYPES.has(type.toLowerCase());
    const model: ArmParameter = { type, secure, value: undefined, source: 'none' };
    document.parameters[name] = model;
    origins.set(pathKey(['parameters', name]), { node: declaration, source, reads: [] });
    const typeNode = property(declaration, 'type');
    if (typeNode) origins.set(pathKey(['parameters', name, 'type']), { node: typeNode, source, reads: [] });
    if (defaultNode) origins.set(pathKey(['parameters', name, 'defaultValue']), { node: defaultNode, source, reads: [] });
    const binding = new Binding(
      name,
      secure,
      () => {
        if (entry && values) {
          const reference = property(entry, 'reference');
          const at: RelatedLocation = { file: values.source.file, ...values.source.span(entry), message: `parameter '${name}' is set in ${values.source.file}` };
          if (reference) {
            const secret = values.source.value(property(reference, 'secretName') ?? reference);
            return { value: new Unknown(`Key Vault secret${typeof secret === 'string' ? ` '${secret}'` : ''} for parameter '${name}'`), related: [at] };
          }
          return { value: values.source.value(property(entry, 'value')!), related: [at] };
        }
        if (defaultNode) {
          return { value: evaluator.value(defaultNode, scopeOf()), related: [{ file: source.file, ...source.span(defaultNode), message: `parameter '${name}' takes its default value` }] };
        }
        unresolvedParameters.push(name);
        return { value: new Unknown(`parameters('${name}')`), related: [] };
      },
      evaluator,
    );
    model.source = entry ? (property(entry, 'reference') ? 'keyVault' : 'parametersFile') : defaultNode ? 'default' : 'none';
    declared.push({ key: name, model, defaultNode, binding, declaration });
    return binding;
  });
  for (const { key, model, defaultNode, binding, declaration } of declared) {
    model.value = binding.value;
    origins.set(pathKey(['parameters', key, 'value']), { node: declaration, source, reads: [binding] });
    if (defaultNode) model.defaultValue = model.source === 'default' ? model.value : evaluator.value(defaultNode, { ...scope, variables: undefined });
  }

  const place = (placement: Placement, node: Node | undefined) => expandResources(node, placement);

  function expandResources(node: Node | undefined, placement: Placement): void {
    if (node?.type === 'array') for (const child of node.children ?? []) expandResource(child, placement, undefined);
    else if (node?.type === 'object') for (const [symbol, child] of entries(node, placement.scope.source)) expandResource(child, placement, symbol);
  }

  function expandResource(node: Node, placement: Placement, symbol: string | undefined): void {
    const file = placement.scope.source;
    if (file.value(property(node, 'existing') ?? node) === true) return; // a reference to a resource deployed elsewhere
    const copy = property(node, 'copy');
    const instances = copy?.type === 'object' ? loopInstances(copy, placement.scope, node) : [placement.scope];
    for (const instance of instances) {
      const conditionNode = property(node, 'condition');
      const condition = conditionNode ? evaluator.value(conditionNode, instance) : true;
      if (condition === false) continue;
      if (document.resources.length >= MAX_RESOURCES) throw evaluator.error(instance, node, `the template expands to more than ${MAX_RESOURCES} resources`);
      const model = resourceModel(node, { ...placement, scope: instance }, symbol, condition);
      expandResources(property(node, 'resources'), { ...placement, scope: instance, parent: { type: model.type, name: model.name, id: model.id } });
    }
  }

  function loopInstances(copy: Node, scope: Scope, resource: Node): Scope[] {
    const name = scope.source.value(property(copy, 'name') ?? copy);
    if (typeof name !== 'string') throw evaluator.error(scope, copy, 'a resource copy loop needs a name');
    const countNode = property(copy, 'count');
    if (!countNode) throw evaluator.error(scope, copy, `copy loop '${name}' has no count`);
    return evaluator.loop(evaluator.value(countNode, scope), name, resource, scope, (s) => withResourceLoop(s, name, s.copy.get(name.toLowerCase())!));
  }

  function resourceModel(node: Node, placement: Placement, symbol: string | undefined, condition: unknown): ArmResource {
    const { scope: s } = placement;
    const file = s.source;
    const index = document.resources.length;
    const base: DocPath = ['resources', index];
    record(file)(base, node, []);
    const typeNode = property(node, 'type');
    const nameNode = property(node, 'name');
    const declaredType = typeNode ? evaluator.value(typeNode, s, out([...base, 'type'], file)) : undefined;
    if (typeof declaredType !== 'string' || !declaredType) throw evaluator.error(s, typeNode ?? node, 'a resource needs a string type');
    const relative = placement.parent !== undefined && !/^[^/]+\.[^/]+\//.test(declaredType);
    const type = relative ? `${placement.parent!.type}/${declaredType}` : declaredType;
    const declaredName = nameNode ? evaluator.value(nameNode, s, out([...base, 'name'], file)) : undefined;
    if (declaredName === undefined) throw evaluator.error(s, node, `resource of type ${type} has no name`);
    const name = relative ? joinName(placement.parent!.name, declaredName) : declaredName;
    if (nameNode) {
      for (const field of ['id', 'parent']) origins.set(pathKey([...base, field]), { node: nameNode, source: file, reads: origins.get(pathKey([...base, 'name']))?.reads ?? [] });
    }
    const model: ArmResource = { type, name, id: undefined };
    document.resources.push(model);
    if (symbol !== undefined) model['symbolicName'] = symbol;
    if (placement.deployment !== undefined) model['deployment'] = placement.deployment;
    if (isUnknown(condition)) model['condition'] = condition;
    const isDeployment = type.toLowerCase() === 'microsoft.resources/deployments';
    for (const field of RESOURCE_FIELDS) {
      const child = property(node, field);
      if (!child) continue;
      const path = [...base, field];
      model[field] = isDeployment && field === 'properties' ? deploymentProperties(child, s, path) : evaluator.value(child, s, out(path, file));
    }
    const locationNode = property(node, 'location');
    if (locationNode) model['raw'] = { location: file.value(locationNode) };
    const dependsOn = property(node, 'dependsOn');
    model['dependsOn'] = dependsOn ? dependencies(evaluator.value(dependsOn, s, out([...base, 'dependsOn'], file)), s) : [];
    checkSegments(type, name, s, nameNode ?? node);
    model.id = resourceIdOf(type, name, placement.target, model['scope']);
    const parentId = placement.parent?.id ?? parentIdOf(type, name, placement.target, model['scope']);
    if (parentId !== undefined) model.parent = parentId;
    if (typeof model.id === 'string') document.resourceIds[model.id.toLowerCase()] ??= index;
    if (isDeployment) nestedDeployment(node, model, placement);
    return model;
  }

  /** A deployment's properties, without its inline template (whose resources join the list). */
  function deploymentProperties(node: Node, s: Scope, path: DocPath): Record<string, unknown> {
    record(s.source)(path, node, []);
    const result: Record<string, unknown> = {};
    for (const [key, child] of entries(node, s.source)) {
      if (key.toLowerCase() !== 'template') result[key] = evaluator.value(child, s, out([...path, key], s.source));
    }
    if (!property(node, 'template')) result['template'] = new Unknown('linked template (templateLink) is not expanded');
    return result;
  }

  function nestedDeployment(node: Node, model: ArmResource, placement: Placement): void {
    const { scope: outer } = placement;
    const template = property(property(node, 'properties'), 'template');
    if (template?.type !== 'object') return;
    if (placement.depth >= MAX_NESTING) throw evaluator.error(outer, node, `nested deployments go deeper than ${MAX_NESTING} levels`);
    const properties = isObject(model['properties']) ? model['properties'] : {};
    const options = properties['expressionEvaluationOptions'];
    const inner = isObject(options) && typeof options['scope'] === 'string' && options['scope'].toLowerCase() === 'inner';
    const resourceGroup = property(node, 'resourceGroup') ? evaluator.value(property(node, 'resourceGroup')!, outer) : undefined;
    const subscriptionId = property(node, 'subscriptionId') ? evaluator.value(property(node, 'subscriptionId')!, outer) : undefined;
    const deployTarget: Target = {
      ...placement.target,
      deploymentName: typeof model.name === 'string' ? model.name : placement.target.deploymentName,
      ...(typeof subscriptionId === 'string' ? { subscriptionId, scope: typeof resourceGroup === 'string' ? 'resourceGroup' : 'subscription' } : {}),
      ...(typeof resourceGroup === 'string' ? { resourceGroup, scope: 'resourceGroup' } : {}),
    };
    const deployment = typeof model.name === 'string' ? model.name : String((model.name as Unknown).$unknown);
    if (!inner) {
      place({ scope: outer, target: deployTarget, deployment, depth: placement.depth + 1 }, property(template, 'resources'));
      return;
    }
    const passed = property(property(node, 'properties'), 'parameters');
    const nestedScope = templateScope(outer.source, template, deployTarget, evaluator, (name, declaration, scopeOf) => {
      const entry = property(passed, name);
      const valueNode = property(entry, 'value');
      const defaultNode = property(declaration, 'defaultValue');
      const type = outer.source.value(property(declaration, 'type') ?? declaration);
      return new Binding(
        name,
        typeof type === 'string' && SECURE_TYPES.has(type.toLowerCase()),
        () => {
          if (valueNode) return { value: evaluator.value(valueNode, outer), related: [] };
          if (entry && property(entry, 'reference')) return { value: new Unknown(`Key Vault secret for parameter '${name}' of deployment ${deployment}`), related: [] };
          if (defaultNode) return { value: evaluator.value(defaultNode, scopeOf()), related: [] };
          return { value: new Unknown(`parameters('${name}')`), related: [] };
        },
        evaluator,
      );
    });
    place({ scope: nestedScope, target: deployTarget, deployment, depth: placement.depth + 1 }, property(template, 'resources'));
  }

  /** languageVersion 2.0 lists symbolic names in dependsOn: give their resource IDs instead. */
  function dependencies(value: unknown, s: Scope): unknown {
    if (!Array.isArray(value)) return value;
    return value.map((item) => {
      const symbol = typeof item === 'string' ? s.symbols?.get(item.toLowerCase()) : undefined;
      return symbol ? symbol()['id'] : item;
    });
  }

  place({ scope, target, depth: 0 }, property(root, 'resources'));

  for (const [name, declaration] of entries(property(root, 'outputs'), source)) {
    const conditionNode = property(declaration, 'condition');
    if (conditionNode && evaluator.value(conditionNode, scope) === false) continue;
    origins.set(pathKey(['outputs', name]), { node: declaration, source, reads: [] });
    const valueNode = property(declaration, 'value');
    const copy = property(declaration, 'copy');
    const [value, reads] = evaluator.collect(() => {
      if (valueNode) return evaluator.value(valueNode, scope, out(['outputs', name, 'value']));
      if (copy) {
        const count = evaluator.value(property(copy, 'count') ?? copy, scope);
        return evaluator.loop(count, name, copy, scope, (inner) => evaluator.value(property(copy, 'input') ?? copy, withResourceLoop(inner, name, inner.copy.get(name.toLowerCase())!)));
      }
      return null;
    });
    document.outputs[name] = { type: source.value(property(declaration, 'type') ?? declaration), value, parameters: [...new Set(reads.map((r) => r.name))] };
  }

  const lookup = (path: DocPath) => {
    for (let n = path.length; n >= 0; n--) {
      const origin = origins.get(pathKey(path.slice(0, n)));
      if (origin) return origin;
    }
    return undefined;
  };
  return {
    document,
    locate(path) {
      const origin = lookup(path);
      return origin ? origin.source.span(origin.node) : source.span(root);
    },
    related(path) {
      const seen = new Set<string>();
      return (lookup(path)?.reads ?? [])
        .flatMap((read) => read.related)
        .filter((r) => {
          const key = `${r.file}:${r.startLine}:${r.startColumn}`;
          return !seen.has(key) && seen.add(key) !== undefined;
        });
    },
    unresolved:
      document.resources.reduce((n, r) => n + Object.entries(r).reduce((m, [k, v]) => m + (DERIVED.has(k) ? 0 : countUnknown(v)), 0), 0) +
      countUnknown(Object.values(document.outputs).map((o) => o.value)),
    unresolvedParameters,
    unsupportedFunctions: [...evaluator.unsupported].sort(),
  };
}

/** Builds the scope of a template: parameters (bound by `bind`), variables, functions, symbols. */
function templateScope(
  source: JsonSource,
  template: Node,
  target: Target,
  evaluator: Evaluator,
  bind: (name: string, declaration: Node, scope: () => Scope) => Binding,
): Scope {
  const scope: Scope = { source, target, parameters: new Map(), functions: userFunctions(property(template, 'functions'), source), copy: new Map() };
  // Defaults may read other parameters but not variables.
  const parameterScope = (): Scope => ({ ...scope, variables: undefined });
  for (const [name, declaration] of entries(property(template, 'parameters'), source)) {
    scope.parameters.set(name.toLowerCase(), bind(name, declaration, parameterScope));
  }
  scope.variables = new Variables(property(template, 'variables'), evaluator, () => scope);
  const resources = property(template, 'resources');
  if (resources?.type === 'object') {
    scope.symbols = new Map();
    for (const [symbol, node] of entries(resources, source)) {
      let info: Record<string, unknown> | undefined;
      scope.symbols.set(symbol.toLowerCase(), () => {
        if (!info) {
          const type = evaluator.value(property(node, 'type') ?? node, scope);
          const name = property(node, 'copy') ? new Unknown(`name of ${symbol}`) : evaluator.value(property(node, 'name') ?? node, scope);
          info = { id: typeof type === 'string' ? resourceIdOf(type, name, target, undefined) : new Unknown(`resourceId of ${symbol}`), name, type, apiVersion: source.value(property(node, 'apiVersion') ?? node) };
        }
        return info;
      });
    }
  }
  return scope;
}

function joinName(parent: unknown, child: unknown): unknown {
  if (typeof parent === 'string' && typeof child === 'string') return `${parent}/${child}`;
  return new Unknown(`${isUnknown(parent) ? parent.$unknown : String(parent)}/${isUnknown(child) ? child.$unknown : String(child)}`);
}

/** Azure rejects a resource whose name has a different number of segments than its type. */
function checkSegments(type: string, name: unknown, scope: Scope, node: Node): void {
  if (typeof name !== 'string') return;
  const expected = type.split('/').length - 1;
  const actual = name.split('/').length;
  if (expected !== actual) {
    const span = scope.source.span(node);
    throw new InputError(scope.source.file, `resource name '${name}' has ${actual} segment${actual === 1 ? '' : 's'}, but type ${type} needs ${expected}`, span.startLine, span.startColumn);
  }
}

function idPath(type: string, name: string): string {
  const [namespace, ...types] = type.split('/');
  const names = name.split('/');
  return [namespace, ...types.flatMap((t, i) => [t, names[i] ?? ''])].join('/');
}

export function resourceIdOf(type: string, name: unknown, target: Target, scope: unknown): unknown {
  if (typeof name !== 'string') return new Unknown(`resourceId('${type}', ...)`);
  if (isUnknown(scope)) return new Unknown(`resourceId('${type}', '${name}')`);
  const path = idPath(type, name);
  if (typeof scope === 'string' && scope) {
    if (scope.startsWith('/')) return `${scope.replace(/\/$/, '')}/providers/${path}`;
    return `${resourceGroupId(target.subscriptionId, target.resourceGroup)}/providers/${scope}/providers/${path}`;
  }
  switch (target.scope) {
    case 'subscription':
      return type.toLowerCase() === 'microsoft.resources/resourcegroups' ? `/subscriptions/${target.subscriptionId}/resourceGroups/${name}` : `/subscriptions/${target.subscriptionId}/providers/${path}`;
    case 'managementGroup':
      return `/providers/Microsoft.Management/managementGroups/${target.managementGroup}/providers/${path}`;
    case 'tenant':
      return `/providers/${path}`;
    default:
      return `${resourceGroupId(target.subscriptionId, target.resourceGroup)}/providers/${path}`;
  }
}

/** The ID of a child resource's parent, from its type and name (top-level declared children). */
function parentIdOf(type: string, name: unknown, target: Target, scope: unknown): unknown {
  const types = type.split('/');
  if (types.length <= 2) return undefined;
  if (typeof name !== 'string') return new Unknown(`parent of ${type}`);
  return resourceIdOf(types.slice(0, -1).join('/'), name.split('/').slice(0, -1).join('/'), target, scope);
}
