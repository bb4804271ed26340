// The context of every resource of the change: whether it is reachable from the Internet
// (from findings and from facts, followed along Services, Ingresses and ARM references), whether
// it runs with host privilege, and which environment it belongs to. Each says why.
import type { Finding } from '../findings/finding.js';
import type { RiskConfig } from './config.js';
import { pathHints, resourceKey, type Hint, type ResourceFacts } from './resources.js';
import type { Factor } from './score.js';
import { signalsOf } from './signals.js';

export type EnvironmentName = 'production' | 'non-production';

export interface ResourceContext {
  /** Why the resource is reachable from the Internet. */
  exposure?: string;
  /** Why it runs with host-level privilege. */
  privilege?: string;
  environment?: { name: EnvironmentName; reason: string };
}

/** ARM resource types that carry traffic to what refers to them. */
const ARM_NETWORK_TYPES = new Set([
  'microsoft.network/networksecuritygroups',
  'microsoft.network/publicipaddresses',
  'microsoft.network/networkinterfaces',
  'microsoft.network/loadbalancers',
  'microsoft.network/applicationgateways',
  'microsoft.network/virtualnetworks',
]);

function tokens(value: string): string[] {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Production wins over non-production when hints disagree: the model errs towards risk. */
export function classifyEnvironment(hints: readonly Hint[], config: RiskConfig): ResourceContext['environment'] {
  const find = (words: readonly string[]) => hints.find((hint) => tokens(hint.value).some((token) => words.includes(token)));
  const production = find(config.environments.production);
  if (production) return { name: 'production', reason: production.source };
  const other = find(config.environments.nonProduction);
  return other ? { name: 'non-production', reason: other.source } : undefined;
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** Manifests without a namespace get theirs at deploy time: they may share any namespace. */
function mayShareNamespace(a: ResourceFacts, b: ResourceFacts): boolean {
  return a.namespace === b.namespace || a.namespace === '' || b.namespace === '';
}

/** The context factors of a resource, as factors (those an item's own signals already account for are left out). */
export function contextFactors(context: ResourceContext, config: RiskConfig, skip: { exposure?: boolean; privilege?: boolean } = {}): Factor[] {
  const factors: Factor[] = [];
  if (context.exposure && !skip.exposure) factors.push({ name: 'internet-exposure', multiply: config.factors.exposure, reason: context.exposure });
  if (context.privilege && !skip.privilege) factors.push({ name: 'privilege', multiply: config.factors.privilege, reason: context.privilege });
  if (context.environment?.name === 'production') factors.push({ name: 'production', multiply: config.factors.production, reason: context.environment.reason });
  if (context.environment?.name === 'non-production') factors.push({ name: 'non-production', multiply: config.factors.nonProduction, reason: context.environment.reason });
  return factors;
}

export class RiskContext {
  private readonly contexts = new Map<string, ResourceContext>();

  /** `findings`: every finding of the run, suppressed ones included (a waived LoadBalancer finding is still a LoadBalancer). */
  constructor(findings: readonly Finding[], resources: readonly ResourceFacts[], config: RiskConfig) {
    const facts = new Map(resources.map((resource) => [resourceKey(resource.file, resource.resource), resource]));
    // A resource known only from its findings (its file could not be read again) still has a kind, a file and a path.
    for (const finding of findings) {
      const key = resourceKey(finding.location.file, finding.resource);
      if (!facts.has(key)) facts.set(key, { kind: finding.kind, file: finding.location.file, resource: finding.resource, hints: config.paths ? pathHints(finding.location.file) : [] });
    }
    const context = (key: string) => {
      let found = this.contexts.get(key);
      if (!found) this.contexts.set(key, (found = {}));
      return found;
    };
    const expose = (resource: ResourceFacts, reason: string) => {
      const target = context(resourceKey(resource.file, resource.resource));
      if (target.exposure) return false;
      target.exposure = reason;
      return true;
    };
    for (const resource of facts.values()) {
      const environment = classifyEnvironment(resource.hints, config);
      if (environment) context(resourceKey(resource.file, resource.resource)).environment = environment;
    }
    const all = [...facts.values()];
    // Kubernetes: Services reachable from outside by their type; Ingresses route outside traffic to Services; Services to the pods they select.
    for (const resource of all) if (resource.service?.exposedAs) expose(resource, `${resource.resource} is of type ${resource.service.exposedAs}`);
    const sshOpen: Finding[] = [];
    for (const finding of findings) {
      const signals = signalsOf(finding);
      const key = resourceKey(finding.location.file, finding.resource);
      if (signals.has('exposure')) context(key).exposure ??= `${finding.ruleId}: ${finding.message}`;
      if (signals.has('privilege')) context(key).privilege ??= `${finding.ruleId}: ${finding.message}`;
      if (signals.has('ssh-exposure')) sshOpen.push(finding);
    }
    for (const ingress of all.filter((resource) => resource.ingress)) {
      expose(ingress, `${ingress.resource} routes traffic from outside the cluster`);
      for (const service of all) {
        if (service.service && ingress.ingress!.services.includes(service.service.name) && mayShareNamespace(service, ingress)) expose(service, `routed by ${ingress.resource}`);
      }
    }
    for (const service of all) {
      const selector = service.service?.selector;
      const reason = this.contexts.get(resourceKey(service.file, service.resource))?.exposure;
      if (!selector || !reason) continue;
      for (const workload of all) {
        if (workload.podLabels && mayShareNamespace(workload, service) && selects(selector, workload.podLabels)) expose(workload, `selected by ${service.resource} (${reason})`);
      }
    }
    // ARM: whatever refers to an exposed network resource of its template (a NIC to a public IP, a VM to that NIC) is exposed.
    const arm = all.filter((resource) => resource.arm?.id);
    for (let changed = true; changed; ) {
      changed = false;
      for (const source of arm) {
        const reason = this.contexts.get(resourceKey(source.file, source.resource))?.exposure;
        if (!reason || !ARM_NETWORK_TYPES.has(source.arm!.type)) continue;
        const id = source.arm!.id;
        for (const target of arm) {
          if (target === source || target.file !== source.file) continue;
          if (target.arm!.references.some((ref) => ref === id || ref.startsWith(`${id}/`))) changed = expose(target, `through ${source.resource}`) || changed;
        }
      }
    }
    // sshd_config configures the hosts that SSH reaches: SSH open to the Internet anywhere in the change exposes them.
    if (sshOpen.length) {
      const first = sshOpen[0]!;
      for (const resource of all.filter((item) => item.kind === 'sshd')) expose(resource, `SSH is open to the Internet (${first.ruleId} on ${first.resource} in ${first.location.file})`);
    }
  }

  of(file: string, resource: string): ResourceContext {
    return this.contexts.get(resourceKey(file, resource)) ?? {};
  }

  private readonly factorLists = new Map<string, readonly Factor[]>();

  /** The context factors of a resource, shared by its items (never mutated). */
  factors(file: string, resource: string, config: RiskConfig, skip: { exposure: boolean; privilege: boolean }): Factor[] {
    const key = `${resourceKey(file, resource)}\u0000${skip.exposure}\u0000${skip.privilege}`;
    let factors = this.factorLists.get(key);
    if (!factors) this.factorLists.set(key, (factors = contextFactors(this.of(file, resource), config, skip)));
    return factors as Factor[];
  }
}
