// Cargo.lock (versions 1 to 4). The lock merges normal, build and dev dependencies of workspace
// crates, so Cargo.toml (the root's and each member's) tells which edges are dev or optional;
// crates.io crates only ever bring their normal dependencies. Local crates (no `source`) other
// than the root are workspace members or path dependencies.
import { posix } from 'node:path';
import { InputError } from '../../formats/types.js';
import { fromHex } from '../hashes.js';
import { newPackage, type LockfileContext, type LockfileParser, type Package, type Scope } from '../model.js';
import { cargoPurl } from '../purl.js';
import { scopesFromGraph, type Edge } from '../scopes.js';
import { parseToml } from '../text/toml.js';
import { array, record, string, strings, type Dict } from '../text/values.js';
import { workspaceDirs } from './workspaces.js';

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

interface CrateManifest {
  name?: string;
  version?: string;
  licenses: string[];
  /** Kinds of dependencies by package name (a renamed dependency's `package`). */
  kinds: Map<string, Scope>;
  members: string[];
}

function readCargoToml(context: LockfileContext, dir: string): CrateManifest | undefined {
  const path = posix.join(dir, 'Cargo.toml');
  const text = context.readSibling(path);
  if (text === undefined) return undefined;
  const toml: Dict = parseToml(text, context.siblingFile(path));
  const kinds = new Map<string, Scope>();
  const add = (table: unknown, kind: Scope) => {
    for (const [key, spec] of Object.entries(record(table) ?? {})) {
      const name = string(record(spec)?.package) ?? key;
      const effective: Scope = kind === 'required' && record(spec)?.optional === true ? 'optional' : kind;
      const previous = kinds.get(name);
      if (!previous || (previous === 'dev' && effective !== 'dev') || (previous === 'optional' && effective === 'required')) kinds.set(name, effective);
    }
  };
  const sections = [toml, ...Object.values(record(toml.target) ?? {}).map((target) => record(target) ?? {})];
  for (const section of sections) {
    add(section.dependencies, 'required');
    add(section['build-dependencies'], 'required');
    add(section['dev-dependencies'], 'dev');
  }
  const pkg = record(toml.package) ?? {};
  const license = string(pkg.license);
  return { name: string(pkg.name), version: string(pkg.version), licenses: license ? [license] : [], kinds, members: strings(record(toml.workspace)?.members) };
}

/** `git+https://host/repo?branch=x#commit` as a purl vcs_url (`git+https://host/repo@commit`); other registries as repository_url. */
function qualifiersOf(source: string | undefined): Record<string, string | undefined> {
  if (!source || source === CRATES_IO) return {};
  const git = /^git\+([^?#]+)(?:\?[^#]*)?(?:#(.+))?$/.exec(source);
  if (git) return { vcs_url: `git+${git[1]}${git[2] ? `@${git[2]}` : ''}` };
  return { repository_url: source.replace(/^(registry|sparse)\+/, '') };
}

export const cargoLockfile: LockfileParser = {
  name: 'Cargo.lock',
  matches: (basename) => basename === 'Cargo.lock',
  parse(text, file, context) {
    const lock = parseToml(text, file);
    const entries = array(lock.package).map((value) => record(value) ?? {});
    if (!entries.length) throw new InputError(file, 'no [[package]] tables: not a Cargo.lock');
    const legacyChecksums = record(lock.metadata) ?? {};
    const root = readCargoToml(context, '');
    const manifests = new Map<string, CrateManifest>();
    if (root?.name) manifests.set(root.name, root);
    for (const dir of workspaceDirs(context, root?.members ?? [], 'Cargo.toml')) {
      const member = readCargoToml(context, dir);
      if (member?.name) manifests.set(member.name, member);
    }

    const crates = entries.map((entry, index) => {
      const name = string(entry.name);
      const version = string(entry.version);
      if (!name || !version) throw new InputError(file, `[[package]] number ${index + 1} has no name or version`);
      const source = string(entry.source);
      const pkg = newPackage({ purl: cargoPurl(name, version, qualifiersOf(source)), name, version });
      const checksum = string(entry.checksum) ?? string(legacyChecksums[`checksum ${name} ${version} (${source})`]);
      pkg.hashes = fromHex('SHA-256', checksum);
      if (source?.startsWith('git+')) pkg.externalReferences.push({ type: 'vcs', url: source.slice('git+'.length) });
      return { key: `${name} ${version}`, name, version, local: source === undefined, pkg, dependencies: strings(entry.dependencies) };
    });
    // "name", "name version" or (v1) "name version (source)" name a crate of the lock.
    const resolve = (reference: string) => {
      const [name, version] = reference.split(' ');
      const matches = crates.filter((crate) => crate.name === name && (version === undefined || crate.version === version));
      return matches.length === 1 ? matches[0] : undefined;
    };
    const edges = new Map<string, Edge[]>();
    for (const crate of crates) {
      const kinds = crate.local ? manifests.get(crate.name)?.kinds : undefined;
      edges.set(
        crate.key,
        crate.dependencies.flatMap((reference) => {
          const target = resolve(reference);
          return target ? [{ to: target.key, kind: kinds?.get(target.name) ?? 'required' }] : [];
        }),
      );
    }

    const rootCrate = root?.name ? crates.find((crate) => crate.local && crate.name === root.name) : undefined;
    const members = crates.filter((crate) => crate.local && crate !== rootCrate && manifests.has(crate.name));
    const rootEdges = [...(rootCrate ? edges.get(rootCrate.key)! : []), ...members.map((crate) => ({ to: crate.key, kind: 'required' as Scope }))];
    if (!root) context.notice('no Cargo.toml beside Cargo.lock: dev dependencies cannot be told apart and are reported as required');
    const scopes = root ? scopesFromGraph(rootEdges, (key) => edges.get(key) ?? []) : new Map<string, Scope>();
    const purlOf = new Map(crates.map((crate) => [crate.key, crate.pkg.purl]));
    const packages: Package[] = [];
    for (const crate of crates) {
      if (crate === rootCrate) continue;
      crate.pkg.scope = scopes.get(crate.key) ?? 'required';
      crate.pkg.dependsOn = [...new Set((edges.get(crate.key) ?? []).map((edge) => purlOf.get(edge.to)!))].sort();
      packages.push(crate.pkg);
    }
    const rootName = root?.name ?? posix.basename(posix.dirname(file)) ?? 'project';
    return {
      file,
      root: { name: rootName, version: root?.version, purl: root?.name ? cargoPurl(root.name, root.version) : undefined, licenses: root?.licenses, manifest: root ? 'Cargo.toml' : undefined },
      dependsOn: [...new Set((root ? rootEdges : crates.filter((crate) => !crate.local).map((crate) => ({ to: crate.key }))).map((edge) => purlOf.get(edge.to)!))].sort(),
      packages,
    };
  },
};
