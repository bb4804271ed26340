// Projects and images to one CycloneDX BOM model. A package is one component however many
// lockfiles lock it (identity: its purl); each project is an application component that depends
// on its direct dependencies; the scanned tree is the metadata component that depends on every
// project and every deployed image. Everything is inserted in sorted order, so the output does
// not depend on the order files were read in, nor on the locale.
import { randomUUID } from 'node:crypto';
import { Enums, Models } from '@cyclonedx/cyclonedx-library';
import type { ImageUse } from './images/index.js';
import { imageName, imagePurl, parseImageReference } from './images/reference.js';
import { toLicenses } from './licenses.js';
import type { Hash, Notice, Package, Project, Scope } from './model.js';

export interface AssembleOptions {
  /** Include dev dependencies (and build-only images), scoped `excluded`. */
  includeDev: boolean;
  /** No timestamp, no serial number. */
  reproducible: boolean;
  /** Name of the scanned tree (the metadata component). */
  name: string;
  tool: { name: string; version?: string };
}

type ComponentType = 'application' | 'library' | 'container';

interface Node {
  ref: string;
  type: ComponentType;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  /** Undefined for project roots: a project is what the BOM describes, not a dependency. */
  scope?: Scope;
  hashes: Map<string, string>;
  licenses: Set<string>;
  properties: Set<string>;
  references: Set<string>;
  dependsOn: Set<string>;
}

const SCOPE_RANK: Record<Scope, number> = { required: 0, optional: 1, dev: 2 };
const PROPERTY_SEPARATOR = '\u0000';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Graph {
  readonly nodes = new Map<string, Node>();

  add(ref: string, type: ComponentType, fields: Partial<Node> & { name: string }): Node {
    let node = this.nodes.get(ref);
    if (!node) {
      node = { ref, type, hashes: new Map(), licenses: new Set(), properties: new Set(), references: new Set(), dependsOn: new Set(), ...fields };
      this.nodes.set(ref, node);
      return node;
    }
    // A project root that another project also locks stays an application, and unscoped.
    if (type === 'application') [node.type, node.scope] = ['application', undefined];
    else if (node.scope !== undefined && fields.scope !== undefined && SCOPE_RANK[fields.scope] < SCOPE_RANK[node.scope]) node.scope = fields.scope;
    return node;
  }
}

function addPackage(graph: Graph, pkg: Package): void {
  const node = graph.add(pkg.purl, 'library', { name: pkg.name, group: pkg.group, version: pkg.version, purl: pkg.purl, scope: pkg.scope });
  for (const hash of pkg.hashes) if (!node.hashes.has(hash.alg)) node.hashes.set(hash.alg, hash.content);
  for (const license of pkg.licenses) node.licenses.add(license);
  for (const [name, value] of pkg.properties) node.properties.add(name + PROPERTY_SEPARATOR + value);
  for (const reference of pkg.externalReferences) node.references.add(reference.type + PROPERTY_SEPARATOR + reference.url);
  for (const target of pkg.dependsOn) node.dependsOn.add(target);
}

/** Drops dev packages and the edges to them, within one project (a package dev here may be required elsewhere). */
function withoutDev(project: Project): Project {
  const kept = project.packages.filter((pkg) => pkg.scope !== 'dev');
  const keep = new Set(kept.map((pkg) => pkg.purl));
  return {
    ...project,
    dependsOn: project.dependsOn.filter((purl) => keep.has(purl)),
    packages: kept.map((pkg) => ({ ...pkg, dependsOn: pkg.dependsOn.filter((purl) => keep.has(purl)) })),
  };
}

export function projectRef(project: Project): string {
  return project.root.purl ?? `project:${project.file}`;
}

export function assemble(projects: Project[], images: ImageUse[], options: AssembleOptions, notices: Notice[]): Models.Bom {
  const graph = new Graph();
  const top = graph.add(`scan:${options.name}`, 'application', { name: options.name });
  for (const original of projects) {
    const project = options.includeDev ? original : withoutDev(original);
    const root = graph.add(projectRef(project), 'application', { name: project.root.name, group: project.root.group, version: project.root.version, purl: project.root.purl });
    for (const license of project.root.licenses ?? []) root.licenses.add(license);
    root.properties.add(`policygate:lockfile${PROPERTY_SEPARATOR}${project.file}`);
    for (const target of project.dependsOn) root.dependsOn.add(target);
    top.dependsOn.add(root.ref);
    for (const pkg of project.packages) addPackage(graph, pkg);
  }
  /** Repository of each image a Dockerfile builds, to the purls of its final bases. */
  const bases = new Map<string, Set<string>>();
  for (const use of images) {
    if (use.buildOnly && !options.includeDev) continue;
    const ref = parseImageReference(use.reference);
    if (!ref) {
      notices.push({ file: use.file, line: use.line, message: `image '${use.reference}' of ${use.resource} is not a valid image reference: not in the SBOM` });
      continue;
    }
    const purl = imagePurl(ref);
    const node = graph.add(purl, 'container', { name: imageName(ref), version: ref.tag ?? (ref.digest ? undefined : 'latest'), purl, scope: use.buildOnly ? 'dev' : 'required' });
    if (ref.digest?.startsWith('sha256:')) node.hashes.set('SHA-256', ref.digest.slice('sha256:'.length));
    node.properties.add(`policygate:image:source${PROPERTY_SEPARATOR}${use.file}#${use.resource}`);
    top.dependsOn.add(purl);
    const base = use.built?.base === undefined ? undefined : parseImageReference(use.built.base);
    if (base) bases.set(node.name, (bases.get(node.name) ?? new Set()).add(imagePurl(base)));
  }
  // The built image, and every deployed tag of its repository, contains its base's layers: it depends on its base.
  for (const node of graph.nodes.values()) {
    if (node.type === 'container') for (const base of bases.get(node.name) ?? []) node.dependsOn.add(base);
  }
  return toBom(graph, top, options);
}

function toBom(graph: Graph, top: Node, options: AssembleOptions): Models.Bom {
  const components = new Map<string, Models.Component>();
  const sorted = [...graph.nodes.values()].sort((a, b) => compareText(a.ref, b.ref));
  for (const node of sorted) components.set(node.ref, toComponent(node, options.includeDev));
  for (const node of sorted) {
    const component = components.get(node.ref)!;
    for (const target of [...node.dependsOn].sort(compareText)) {
      const dependency = components.get(target);
      if (dependency && dependency !== component) component.dependencies.add(dependency.bomRef);
    }
  }
  const metadataComponent = components.get(top.ref)!;
  const tool = new Models.Component(Enums.ComponentType.Application, options.tool.name, { version: options.tool.version });
  const bom = new Models.Bom({
    metadata: new Models.Metadata({
      component: metadataComponent,
      tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
      lifecycles: new Models.LifecycleRepository([Enums.LifecyclePhase.PreBuild]),
      timestamp: options.reproducible ? undefined : new Date(),
    }),
    serialNumber: options.reproducible ? undefined : `urn:uuid:${randomUUID()}`,
  });
  for (const [ref, component] of components) if (ref !== top.ref) bom.components.add(component);
  return bom;
}

function toComponent(node: Node, includeDev: boolean): Models.Component {
  const split = (entry: string) => entry.split(PROPERTY_SEPARATOR) as [string, string];
  const hashes = [...node.hashes].sort(([a], [b]) => compareText(a, b)) as [Hash['alg'], string][];
  return new Models.Component(node.type as Enums.ComponentType, node.name, {
    bomRef: node.ref,
    group: node.group,
    version: node.version,
    purl: node.purl,
    scope: node.scope === undefined ? undefined : node.scope === 'dev' ? (includeDev ? Enums.ComponentScope.Excluded : undefined) : (node.scope as Enums.ComponentScope),
    hashes: new Models.HashDictionary(hashes.map(([alg, content]) => [alg as Enums.HashAlgorithm, content])),
    licenses: toLicenses([...node.licenses]),
    properties: new Models.PropertyRepository([...node.properties].sort(compareText).map((entry) => new Models.Property(...split(entry)))),
    externalReferences: new Models.ExternalReferenceRepository(
      [...node.references].sort(compareText).map((entry) => {
        const [type, url] = split(entry);
        return new Models.ExternalReference(url, type as Enums.ExternalReferenceType);
      }),
    ),
  });
}
