// pnpm-lock.yaml, lockfile versions 5.x, 6.x and 9.x. Importers (the root and its workspaces)
// list their direct dependencies by kind; packages (v9: snapshots) hold the graph. Keys differ
// by version: `/name/1.0.0_peer` (5), `/name@1.0.0(peer)` (6), `name@1.0.0(peer)` (9).
import { posix } from 'node:path';
import { InputError } from '../../formats/types.js';
import { fromIntegrity } from '../hashes.js';
import { newPackage, type LockfileParser, type Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import type { Edge } from '../scopes.js';
import { record, string, text as textOf, type Dict, parseYaml } from '../text/values.js';
import { npmFamilyProject, workspaceKey, type Importer, type Locked } from './npm-family.js';
import { readManifest } from './package-json.js';

const SECTIONS: [string, Scope][] = [
  ['dependencies', 'required'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

/** name and version from a package key, without peer suffixes. */
function nameAndVersion(key: string, slashes: boolean): { name: string; version: string } {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  if (slashes) {
    const clean = bare.replace(/_.*$/, '');
    const slash = clean.lastIndexOf('/');
    return { name: clean.slice(0, slash), version: clean.slice(slash + 1) };
  }
  const at = bare.indexOf('@', 1);
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

export const pnpmLockfile: LockfileParser = {
  name: 'pnpm-lock.yaml',
  matches: (basename) => basename === 'pnpm-lock.yaml',
  parse(text, file, context) {
    const document = parseYaml(text, file);
    const lock = record(document);
    const version = Number.parseFloat(textOf(lock?.lockfileVersion) ?? '');
    if (!lock || !(version >= 5 && version < 10)) throw new InputError(file, `unsupported pnpm lockfileVersion ${JSON.stringify(lock?.lockfileVersion)} (expected 5.x, 6.x or 9.x)`);
    const slashes = version < 6;
    const metadata = record(lock.packages) ?? {};
    const graph = version >= 9 ? (record(lock.snapshots) ?? {}) : metadata;

    // A dependency's version is a key, or completes one with the name; `link:` points at a workspace.
    const resolve = (name: string, ref: string, fromDir: string): string | undefined => {
      if (ref.startsWith('link:')) return workspaceKey(posix.normalize(posix.join(fromDir, ref.slice('link:'.length))).replace(/^\.$/, ''));
      return [ref, `/${name}@${ref}`, `${name}@${ref}`, `/${name}/${ref}`].find((key) => key in graph);
    };
    const edgesOf = (entry: Dict, fromDir: string, sections: [string, Scope][]): Edge[] =>
      sections.flatMap(([section, kind]) =>
        Object.entries(record(entry[section]) ?? {}).flatMap(([name, value]) => {
          const ref = textOf(value) ?? textOf(record(value)?.version);
          const to = ref === undefined ? undefined : resolve(name, ref, fromDir);
          return to === undefined ? [] : [{ to, kind }];
        }),
      );

    const locked: Locked[] = Object.entries(graph).map(([key, value]) => {
      const snapshot = record(value) ?? {};
      const info = version >= 9 ? (record(metadata[key.replace(/\(.*$/, '')]) ?? {}) : snapshot;
      const parsed = nameAndVersion(key, slashes);
      const name = string(info.name) ?? parsed.name;
      const pkgVersion = textOf(info.version) ?? parsed.version;
      const resolution = record(info.resolution) ?? {};
      const repo = string(resolution.repo);
      const vcs = repo ? `${repo}#${string(resolution.commit) ?? ''}` : /codeload\.github\.com|\.git(#|$)/.test(string(resolution.tarball) ?? '') ? string(resolution.tarball) : undefined;
      const local = /^(file|link):/.test(pkgVersion) || string(resolution.type) === 'directory';
      const pkg = newPackage({ purl: npmPurl(name, local ? undefined : pkgVersion, { vcs_url: vcs }), name, version: local ? undefined : pkgVersion, hashes: fromIntegrity(string(resolution.integrity)) });
      if (local) {
        const directory = string(resolution.directory) ?? pkgVersion.replace(/^(file|link):/, '');
        const manifest = readManifest(context, directory);
        if (manifest?.version) [pkg.version, pkg.purl] = [manifest.version, npmPurl(name, manifest.version)];
      }
      if (vcs) pkg.externalReferences.push({ type: 'vcs', url: vcs });
      else if (string(resolution.tarball)) pkg.externalReferences.push({ type: 'distribution', url: string(resolution.tarball)! });
      return { key, pkg, edges: edgesOf(snapshot, '', SECTIONS.slice(0, 2)) };
    });

    // v5 without workspaces keeps the root's dependencies at the top level.
    const importerEntries = Object.entries(record(lock.importers) ?? { '.': lock });
    const importers: Importer[] = importerEntries.map(([path, value]) => {
      const dir = posix.normalize(path).replace(/^\.$/, '');
      return { dir, manifest: readManifest(context, dir), edges: edgesOf(record(value) ?? {}, dir, SECTIONS) };
    });
    return npmFamilyProject(file, context, locked, importers);
  },
};
