// package-lock.json and npm-shrinkwrap.json, lockfile versions 1, 2 and 3.
// v2/v3 list every installed package by its node_modules location; v1 nests them. Both are
// read into one location map, so Node's resolution (walk up the node_modules folders) and
// link following serve both. Scopes come from the lockfile's own dev/optional flags.
import { posix } from 'node:path';
import { InputError } from '../../formats/types.js';
import { fromIntegrity } from '../hashes.js';
import { newPackage, type LockfileContext, type LockfileParser, type Package, type Project, type Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import { parseJsonObject, record, string, stringEntries, type Dict } from '../text/values.js';
import { licensesOf, npmRoot, readManifest } from './package-json.js';

interface Entry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link: boolean;
  scope: Scope;
  inBundle: boolean;
  licenses: string[];
  dependencies: [name: string, kind: Scope][];
}

const GIT = /^(git\+|git:\/\/|github:|gitlab:|bitbucket:|gist:)/;

export const npmLockfile: LockfileParser = {
  name: 'package-lock.json',
  matches: (basename) => basename === 'package-lock.json' || basename === 'npm-shrinkwrap.json',
  parse(text, file, context) {
    const json = parseJsonObject(text, file);
    const version = json.lockfileVersion;
    if (version !== 1 && version !== 2 && version !== 3) throw new InputError(file, `unsupported lockfileVersion ${JSON.stringify(version)} (expected 1, 2 or 3)`);
    const manifest = readManifest(context, '');
    const entries = new Map<string, Entry>();
    const packages = record(json.packages);
    if (version >= 2 && packages) for (const [location, raw] of Object.entries(packages)) entries.set(location, entryOf(record(raw) ?? {}));
    else if (version === 1) readV1(record(json.dependencies) ?? {}, '', entries, context);
    else throw new InputError(file, `lockfileVersion ${version} without a "packages" object`);
    if (!entries.has('')) {
      // v1 does not record the root's dependencies: take them from package.json, or every top-level package.
      const top = [...entries.keys()].filter((location) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(location)).map((location) => [nameAt(location), 'required'] as [string, Scope]);
      entries.set('', { link: false, scope: 'required', inBundle: false, licenses: [], dependencies: manifest ? [...manifest.dependencies].map(([name, { kind }]) => [name, kind] as [string, Scope]) : top });
    }
    return projectOf(entries, file, json, manifest, context);
  },
};

function entryOf(raw: Dict): Entry {
  const optionalPeers = new Set(Object.entries(record(raw.peerDependenciesMeta) ?? {}).filter(([, meta]) => record(meta)?.optional === true).map(([name]) => name));
  const dependencies: [string, Scope][] = [
    ...stringEntries(raw.dependencies).map(([name]) => [name, 'required'] as [string, Scope]),
    ...stringEntries(raw.optionalDependencies).map(([name]) => [name, 'optional'] as [string, Scope]),
    ...stringEntries(raw.peerDependencies).map(([name]) => [name, optionalPeers.has(name) ? 'optional' : 'required'] as [string, Scope]),
    ...stringEntries(raw.devDependencies).map(([name]) => [name, 'dev'] as [string, Scope]),
  ];
  return {
    name: string(raw.name),
    version: string(raw.version),
    resolved: string(raw.resolved),
    integrity: string(raw.integrity),
    link: raw.link === true,
    // An optional dependency of a dev dependency has both flags: it is dev. devOptional is installed in production as optional.
    scope: raw.dev === true ? 'dev' : raw.optional === true || raw.devOptional === true ? 'optional' : 'required',
    inBundle: raw.inBundle === true,
    licenses: licensesOf(raw),
    dependencies,
  };
}

/** v1 nests `dependencies` by install location; versions carry aliases (npm:x@1), file: links and git URLs. */
function readV1(dependencies: Dict, parent: string, entries: Map<string, Entry>, context: LockfileContext): void {
  for (const [name, value] of Object.entries(dependencies)) {
    const raw = record(value) ?? {};
    const location = `${parent ? `${parent}/` : ''}node_modules/${name}`;
    const entry = entryOf({ ...raw, dependencies: raw.requires, version: undefined, inBundle: raw.bundled });
    const version = string(raw.version) ?? '';
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
    if (alias) [entry.name, entry.version] = [alias[1], alias[2]];
    else if (version.startsWith('file:')) {
      const target = posix.normalize(version.slice('file:'.length));
      entry.link = true;
      entry.resolved = target;
      if (!entries.has(target)) {
        const manifest = readManifest(context, target);
        entries.set(target, { ...entryOf({ ...raw, dependencies: raw.requires }), name: manifest?.name ?? name, version: manifest?.version, link: false });
      }
    } else if (GIT.test(version)) entry.resolved = version; // the package's own version is not recorded
    else entry.version = version;
    entries.set(location, entry);
    readV1(record(raw.dependencies) ?? {}, location, entries, context);
  }
}

/** The package name at a node_modules location (`node_modules/@a/b/node_modules/c` is `c`). */
function nameAt(location: string): string {
  const index = location.lastIndexOf('node_modules/');
  return index === -1 ? posix.basename(location) : location.slice(index + 'node_modules/'.length);
}

/** Where Node looks next: the enclosing package's location ('' is the root; workspaces sit under the root). */
function parentOf(location: string): string {
  const index = location.lastIndexOf('/node_modules/');
  return index === -1 ? '' : location.slice(0, index);
}

function projectOf(entries: Map<string, Entry>, file: string, json: Dict, manifest: ReturnType<typeof readManifest>, context: LockfileContext): Project {
  const follow = (location: string): string | undefined => {
    const entry = entries.get(location);
    if (!entry?.link) return location;
    const target = entry.resolved === undefined ? undefined : posix.normalize(entry.resolved);
    return target !== undefined && entries.has(target) ? target : undefined;
  };
  const resolve = (from: string, name: string): string | undefined => {
    for (let location = from; ; location = parentOf(location)) {
      const candidate = `${location ? `${location}/` : ''}node_modules/${name}`;
      if (entries.has(candidate)) return follow(candidate);
      if (location === '') return undefined;
    }
  };
  const edges = (location: string): string[] => {
    const installed = location.includes('node_modules/');
    return entries
      .get(location)!
      .dependencies.filter(([, kind]) => !installed || kind !== 'dev') // installed packages never get their dev dependencies
      .map(([name]) => resolve(location, name))
      .filter((target): target is string => target !== undefined && target !== '');
  };
  // The root depends on its workspaces: the targets of top-level links inside the tree.
  const workspaces = [...entries]
    .filter(([location, entry]) => entry.link && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(location) && entry.resolved && !entry.resolved.startsWith('..'))
    .map(([location]) => follow(location))
    .filter((target): target is string => target !== undefined);
  const rootEdges = [...edges(''), ...workspaces];

  // Entries nothing depends on are extraneous: npm prunes them on install, and npm sbom leaves them out.
  const reachable = new Set<string>(rootEdges);
  for (const location of reachable) for (const target of edges(location)) reachable.add(target);
  const extraneous = [...entries.keys()].filter((location) => location !== '' && !entries.get(location)!.link && !reachable.has(location));
  if (extraneous.length) context.notice(`${extraneous.length} extraneous entr${extraneous.length === 1 ? 'y' : 'ies'} (nothing depends on them, npm prunes them): not in the SBOM: ${extraneous.slice(0, 5).join(', ')}`);

  const purls = new Map<string, string>();
  const packages = new Map<string, Package>();
  for (const location of [...reachable].sort()) {
    const entry = entries.get(location)!;
    const name = entry.name ?? nameAt(location);
    const git = entry.resolved !== undefined && GIT.test(entry.resolved);
    const purl = npmPurl(name, entry.version, { vcs_url: git ? entry.resolved : undefined });
    purls.set(location, purl);
    const pkg = packages.get(purl) ?? newPackage({ purl, name, version: entry.version, scope: entry.scope, licenses: entry.licenses, hashes: fromIntegrity(entry.integrity) });
    // The same name@version installed twice keeps the widest scope.
    if (entry.scope === 'required' || (entry.scope === 'optional' && pkg.scope === 'dev')) pkg.scope = entry.scope;
    if (entry.inBundle && !pkg.properties.length) pkg.properties.push(['cdx:npm:package:bundled', 'true']);
    if (entry.resolved && (git || /^(https?|file):/.test(entry.resolved)) && !pkg.externalReferences.length) {
      pkg.externalReferences.push({ type: git ? 'vcs' : 'distribution', url: entry.resolved });
    }
    packages.set(purl, pkg);
  }
  const purlsOf = (targets: string[]) => [...new Set(targets.map((target) => purls.get(target)!))].sort();
  for (const [location, purl] of purls) packages.get(purl)!.dependsOn.push(...edges(location).map((target) => purls.get(target)!));
  for (const pkg of packages.values()) pkg.dependsOn = [...new Set(pkg.dependsOn)].sort();
  const root = npmRoot(manifest, posix.basename(posix.dirname(file)) || 'project', string(json.name), string(json.version));
  const rootEntry = entries.get('');
  if (!root.licenses?.length && rootEntry?.licenses.length) root.licenses = rootEntry.licenses;
  return { file, root, dependsOn: purlsOf(rootEdges), packages: [...packages.values()] };
}
