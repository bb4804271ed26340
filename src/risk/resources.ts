// The facts of the run's resources that the risk model reads: where each resource is (file and
// resource id, as findings name them), what its labels, tags, namespace and path say about its
// environment, and how it is reached (Services and Ingresses, ARM resource references).
import type { DocumentFacts } from '../engine/run.js';
import type { Kind } from '../formats/types.js';

/** A value that may name an environment, and where it was read. */
export interface Hint {
  value: string;
  source: string;
}

export interface ResourceFacts {
  kind: Kind;
  file: string;
  resource: string;
  hints: Hint[];
  /** Kubernetes: the namespace ("" when left to deploy time). */
  namespace?: string;
  /** Kubernetes workloads: the labels of the pods they run. */
  podLabels?: Record<string, string>;
  /** Kubernetes Services: the selector, and why the Service itself is reachable from outside. */
  service?: { name: string; selector?: Record<string, string>; exposedAs?: string };
  /** Kubernetes Ingresses: the Services they route to. */
  ingress?: { services: string[] };
  /** ARM: the resource id (lower case), its type, and the ids it refers to (lower case). */
  arm?: { id: string; type: string; references: string[] };
}

export function resourceKey(file: string, resource: string): string {
  return `${file}\u0000${resource}`;
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const at = (value: unknown, ...path: string[]) => path.reduce<unknown>((node, key) => object(node)?.[key], value);

function stringMap(value: unknown): Record<string, string> | undefined {
  const map = object(value);
  if (!map) return undefined;
  return Object.fromEntries(Object.entries(map).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Values under the configured keys (case-insensitive), as hints. */
function keyed(map: Record<string, string> | undefined, keys: readonly string[], what: string): Hint[] {
  return Object.entries(map ?? {})
    .filter(([key]) => keys.includes(key.toLowerCase()))
    .map(([key, value]) => ({ value, source: `${what} ${key}=${value}` }));
}

/** The directories and base name of a file, each a hint (overlays/production/web.yaml). */
export function pathHints(file: string): Hint[] {
  const parts = file.split(/[\\/]/);
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\.[^.]*$/, '');
  return parts.filter((part) => part && part !== '.' && part !== '..').map((part) => ({ value: part, source: `path ${file} (${part})` }));
}

/** The pod template's labels of controllers (and CronJobs), a Pod's own labels. */
function podLabelsOf(facts: unknown): Record<string, string> | undefined {
  if (text(at(facts, 'kind')) === 'Pod') return stringMap(at(facts, 'metadata', 'labels')) ?? {};
  const template = object(at(facts, 'spec', 'template')) ?? object(at(facts, 'spec', 'jobTemplate', 'spec', 'template'));
  return template ? (stringMap(at(template, 'metadata', 'labels')) ?? {}) : undefined;
}

function k8sFacts(document: DocumentFacts, keys: readonly string[], paths: boolean): ResourceFacts {
  const facts = document.facts;
  const kind = text(at(facts, 'kind'));
  const namespace = text(at(facts, 'metadata', 'namespace')) ?? '';
  const podLabels = podLabelsOf(facts);
  const hints: Hint[] = [
    ...(namespace ? [{ value: namespace, source: `namespace ${namespace}` }] : []),
    ...keyed(stringMap(at(facts, 'metadata', 'labels')), keys, 'label'),
    ...(kind === 'Pod' ? [] : keyed(podLabels, keys, 'pod label')),
    ...(paths ? pathHints(document.file) : []),
  ];
  const result: ResourceFacts = { kind: 'k8s', file: document.file, resource: document.resource, hints, namespace, ...(podLabels ? { podLabels } : {}) };
  const name = text(at(facts, 'metadata', 'name')) ?? '';
  if (kind === 'Service') {
    const type = text(at(facts, 'spec', 'type'));
    const externalIPs = at(facts, 'spec', 'externalIPs');
    const exposedAs = type === 'LoadBalancer' || type === 'NodePort' ? type : Array.isArray(externalIPs) && externalIPs.length ? 'externalIPs' : undefined;
    const selector = stringMap(at(facts, 'spec', 'selector'));
    result.service = { name, ...(selector && Object.keys(selector).length ? { selector } : {}), ...(exposedAs ? { exposedAs } : {}) };
  }
  if (kind === 'Ingress') {
    const services = new Set<string>();
    const backend = (value: unknown) => {
      const service = text(at(value, 'service', 'name')) ?? text(at(value, 'serviceName'));
      if (service) services.add(service);
    };
    backend(at(facts, 'spec', 'defaultBackend'));
    backend(at(facts, 'spec', 'backend'));
    const rules = at(facts, 'spec', 'rules');
    for (const rule of Array.isArray(rules) ? rules : []) {
      const routes = at(rule, 'http', 'paths');
      for (const route of Array.isArray(routes) ? routes : []) backend(at(route, 'backend'));
    }
    result.ingress = { services: [...services].sort() };
  }
  return result;
}

/** Every string inside a value that looks like an ARM resource id. */
function resourceIds(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.includes('/providers/')) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) for (const item of value) resourceIds(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) resourceIds(item, out);
  return out;
}

function armFacts(document: DocumentFacts, keys: readonly string[], paths: boolean): ResourceFacts[] {
  const resources = at(document.facts, 'resources');
  const names = at(document.facts, 'resourceNames');
  const parameters = text(at(document.facts, 'parametersFile'));
  const shared = [...(paths ? pathHints(document.file) : []), ...(paths && parameters ? pathHints(parameters) : [])];
  return (Array.isArray(resources) ? resources : []).map((resource, index): ResourceFacts => {
    const id = text(at(resource, 'id'))?.toLowerCase() ?? '';
    const { id: _own, ...rest } = object(resource) ?? {};
    return {
      kind: 'arm',
      file: document.file,
      resource: (Array.isArray(names) ? text(names[index]) : undefined) ?? document.resource,
      hints: [...keyed(stringMap(at(resource, 'tags')), keys, 'tag'), ...shared],
      arm: { id, type: text(at(resource, 'type'))?.toLowerCase() ?? '', references: [...resourceIds(rest, new Set())] },
    };
  });
}

/** The resources of one document of the run, from the facts the run recorded. */
export function resourcesOf(document: DocumentFacts, keys: readonly string[], paths: boolean): ResourceFacts[] {
  if (document.kind === 'k8s') return [k8sFacts(document, keys, paths)];
  if (document.kind === 'arm') return armFacts(document, keys, paths);
  return [{ kind: document.kind, file: document.file, resource: document.resource, hints: paths ? pathHints(document.file) : [] }];
}
