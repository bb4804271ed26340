// package.json beside an npm, yarn or pnpm lockfile: the root project, its workspaces, and which
// direct dependencies are dev or optional (yarn and pnpm 9 lockfiles do not say).
import { posix } from 'node:path';
import type { LockfileContext, Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import { parseJsonObject, record, string, stringEntries, strings, type Dict } from '../text/values.js';

export interface Manifest {
  name?: string;
  version?: string;
  licenses: string[];
  /** Direct dependencies by name, with the kind the manifest declares and the range it asks for. */
  dependencies: Map<string, { kind: Scope; range: string }>;
  workspaces: string[];
}

/** Reads `<dir>/package.json`; undefined when there is none. */
export function readManifest(context: LockfileContext, dir: string): Manifest | undefined {
  const path = dir ? posix.join(dir, 'package.json') : 'package.json';
  const text = context.readSibling(path);
  return text === undefined ? undefined : manifestFrom(parseJsonObject(text, context.siblingFile(path)));
}

export function manifestFrom(json: Dict): Manifest {
  const dependencies: Manifest['dependencies'] = new Map();
  // Later kinds win: npm lets optionalDependencies override dependencies; a dev dependency that is also a peer stays dev.
  const optionalPeers = new Set(Object.entries(record(json.peerDependenciesMeta) ?? {}).filter(([, meta]) => record(meta)?.optional === true).map(([name]) => name));
  for (const [name, range] of stringEntries(json.peerDependencies)) dependencies.set(name, { kind: optionalPeers.has(name) ? 'optional' : 'required', range });
  for (const [name, range] of stringEntries(json.dependencies)) dependencies.set(name, { kind: 'required', range });
  for (const [name, range] of stringEntries(json.optionalDependencies)) dependencies.set(name, { kind: 'optional', range });
  const installed = new Set([...stringEntries(json.dependencies), ...stringEntries(json.optionalDependencies)].map(([name]) => name));
  for (const [name, range] of stringEntries(json.devDependencies)) if (!installed.has(name)) dependencies.set(name, { kind: 'dev', range });
  const workspaces = Array.isArray(json.workspaces) ? strings(json.workspaces) : strings(record(json.workspaces)?.packages);
  return { name: string(json.name), version: string(json.version), licenses: licensesOf(json), dependencies, workspaces };
}

/** `license: "MIT"`, `license: { type }`, or the deprecated `licenses: [{ type }]`. */
export function licensesOf(json: Dict): string[] {
  const license = typeof json.license === 'string' ? json.license : string(record(json.license)?.type);
  if (license) return [license];
  return (Array.isArray(json.licenses) ? json.licenses : []).map((item) => (typeof item === 'string' ? item : string(record(item)?.type))).filter((item): item is string => !!item);
}

/** The root component of an npm-family project. */
export function npmRoot(manifest: Manifest | undefined, fallbackName: string, lockName?: string, lockVersion?: string) {
  const name = manifest?.name ?? lockName;
  const version = manifest?.version ?? lockVersion;
  return {
    name: name ?? fallbackName,
    version,
    purl: name ? npmPurl(name, version) : undefined,
    licenses: manifest?.licenses,
    manifest: manifest ? 'package.json' : undefined,
  };
}
