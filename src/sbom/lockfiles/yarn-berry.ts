// yarn.lock of yarn 2+ (berry): YAML with a __metadata entry. Workspaces are entries of their own
// (`name@workspace:path`) whose dependencies mix dev and production ones, so package.json tells
// them apart. Berry's `checksum` hashes yarn's own zip archive, not the published tarball, so it
// is not a component hash.
import { posix } from 'node:path';
import { InputError } from '../../formats/types.js';
import { newPackage, type LockfileContext, type Project, type Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import type { Edge } from '../scopes.js';
import { record, stringEntries, text as textOf, parseYaml } from '../text/values.js';
import { npmFamilyProject, workspaceKey, type Importer, type Locked } from './npm-family.js';
import { readManifest } from './package-json.js';
import { splitDescriptor } from './yarn-classic.js';

const GIT_RESOLUTION = /@(git\+|git:|github:|https?:\/\/[^#]*\.git#|ssh:)/;

/** Descriptors may carry a binding suffix (`::locator=...`) that dependency ranges do not. */
function unbound(descriptor: string): string {
  return descriptor.replace(/::.*$/, '');
}

function decodedPath(reference: string): string {
  return posix.normalize(decodeURIComponent(unbound(reference)));
}

export function parseYarnBerry(text: string, file: string, context: LockfileContext): Project {
  const document = parseYaml(text, file);
  const entries = record(document);
  if (!entries || !record(entries.__metadata)) throw new InputError(file, 'not a yarn berry lockfile (no __metadata)');
  const byDescriptor = new Map<string, string>();
  const locked: Locked[] = [];
  const importers: Importer[] = [];
  const pending: { from: Locked | Importer; dependencies: [string, string][]; optional: Set<string> }[] = [];
  for (const [header, value] of Object.entries(entries)) {
    if (header === '__metadata') continue;
    const entry = record(value);
    const resolution = textOf(entry?.resolution);
    if (!entry || !resolution) throw new InputError(file, `entry "${header}" has no resolution`);
    const { name, range: reference } = splitDescriptor(resolution);
    const dependencies = stringEntries(entry.dependencies);
    const optional = new Set(Object.entries(record(entry.dependenciesMeta) ?? {}).filter(([, meta]) => record(meta)?.optional === true).map(([dep]) => dep));
    if (reference.startsWith('workspace:')) {
      const dir = decodedPath(reference.slice('workspace:'.length)).replace(/^\.$/, '');
      const importer: Importer = { dir, manifest: readManifest(context, dir), edges: [] };
      importers.push(importer);
      for (const descriptor of header.split(/,\s*/)) byDescriptor.set(unbound(descriptor), workspaceKey(dir));
      pending.push({ from: importer, dependencies, optional });
      continue;
    }
    // Portals and links point at a directory: its package.json has the real version.
    const local = /^(portal|link|file):/.exec(reference) ? readManifest(context, decodedPath(reference.slice(reference.indexOf(':') + 1))) : undefined;
    const version = textOf(entry.version) === '0.0.0-use.local' ? local?.version : textOf(entry.version);
    const git = GIT_RESOLUTION.test(resolution);
    const pkg = newPackage({ purl: npmPurl(name, version, { vcs_url: git ? reference : undefined }), name, version });
    if (git) pkg.externalReferences.push({ type: 'vcs', url: reference });
    const item: Locked = { key: header, pkg, edges: [] };
    locked.push(item);
    for (const descriptor of header.split(/,\s*/)) byDescriptor.set(unbound(descriptor), header);
    pending.push({ from: item, dependencies, optional });
  }
  for (const { from, dependencies, optional } of pending) {
    // A workspace's package.json says which of its dependencies are dev ones.
    const declared = 'dir' in from ? from.manifest?.dependencies : undefined;
    from.edges = dependencies
      .map(([dep, range]): Edge | undefined => {
        const to = byDescriptor.get(`${dep}@${range}`);
        const declaredKind = declared?.get(dep)?.kind;
        const kind: Scope = declaredKind === 'dev' ? 'dev' : optional.has(dep) || declaredKind === 'optional' ? 'optional' : 'required';
        return to === undefined ? undefined : { to, kind };
      })
      .filter((edge): edge is Edge => !!edge);
  }
  if (!importers.some((importer) => importer.dir === '')) importers.push({ dir: '', manifest: readManifest(context, ''), edges: [] });
  return npmFamilyProject(file, context, locked, importers);
}

