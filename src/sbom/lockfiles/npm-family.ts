// What yarn (classic and berry) and pnpm lockfiles share once read: locked packages with edges,
// importers (the root and its workspaces) with the edges their package.json declares. Scopes come
// from the graph, because these lockfiles do not flag dev packages.
import { posix } from 'node:path';
import type { LockfileContext, Package, Project, Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import { scopesFromGraph, type Edge } from '../scopes.js';
import { npmRoot, type Manifest } from './package-json.js';

export interface Locked {
  /** Key of the entry in the lockfile; edges point at keys. */
  key: string;
  pkg: Package;
  edges: Edge[];
}

export interface Importer {
  /** Directory relative to the lockfile ('' is the root). */
  dir: string;
  manifest?: Manifest;
  edges: Edge[];
}

/** Key of a workspace node in the graph. */
export function workspaceKey(dir: string): string {
  return `workspace:${dir}`;
}

export function workspacePackage(importer: Importer): Package {
  const name = importer.manifest?.name ?? posix.basename(importer.dir);
  return {
    purl: npmPurl(name, importer.manifest?.version),
    name,
    version: importer.manifest?.version,
    scope: 'required',
    hashes: [],
    licenses: importer.manifest?.licenses ?? [],
    properties: [],
    externalReferences: [],
    dependsOn: [],
  };
}

export function npmFamilyProject(file: string, context: LockfileContext, locked: Locked[], importers: Importer[]): Project {
  const nodes = new Map<string, Locked>(locked.map((entry) => [entry.key, entry]));
  const root = importers.find((importer) => importer.dir === '') ?? { dir: '', edges: [] };
  const workspaces = importers.filter((importer) => importer.dir !== '');
  for (const workspace of workspaces) nodes.set(workspaceKey(workspace.dir), { key: workspaceKey(workspace.dir), pkg: workspacePackage(workspace), edges: workspace.edges });
  const rootEdges: Edge[] = [...root.edges, ...workspaces.map((workspace) => ({ to: workspaceKey(workspace.dir), kind: 'required' as const }))];
  const scopes = scopesFromGraph(rootEdges, (key) => nodes.get(key)?.edges ?? []);
  const reached = new Set<string>();
  const packages = new Map<string, Package>();
  const purlOf = (key: string) => nodes.get(key)?.pkg.purl;
  const rank = (scope: Scope | undefined) => (scope === undefined ? 3 : ['required', 'optional', 'dev'].indexOf(scope));
  for (const [key, node] of nodes) {
    const scope = scopes.get(key);
    // Two entries for one name@version (yarn's patch: variants) are one component with the best scope of the two.
    const pkg = packages.get(node.pkg.purl) ?? { ...node.pkg, scope: scope ?? 'required', dependsOn: [] };
    if (scope !== undefined && (!reached.has(pkg.purl) || rank(scope) < rank(pkg.scope))) pkg.scope = scope;
    if (scope !== undefined) reached.add(pkg.purl);
    if (!pkg.hashes.length) pkg.hashes = node.pkg.hashes;
    pkg.dependsOn.push(...node.edges.map((edge) => purlOf(edge.to)).filter((purl): purl is string => purl !== undefined && purl !== node.pkg.purl));
    packages.set(pkg.purl, pkg);
  }
  const unreachable = [...packages.keys()].filter((purl) => !reached.has(purl));
  if (unreachable.length) context.notice(`${unreachable.length} locked package(s) are not reachable from the project or its workspaces; kept as required: ${unreachable.slice(0, 5).join(', ')}`);
  for (const pkg of packages.values()) pkg.dependsOn = [...new Set(pkg.dependsOn)].sort();
  return {
    file,
    root: npmRoot(root.manifest, posix.basename(posix.dirname(file)) || 'project'),
    dependsOn: [...new Set(rootEdges.map((edge) => purlOf(edge.to)).filter((purl): purl is string => purl !== undefined))].sort(),
    packages: [...packages.values()],
  };
}
