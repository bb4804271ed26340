// yarn.lock v1 (yarn classic): an indentation format of its own. Each entry is keyed by the
// descriptors (name@range) it satisfies; root and workspace dependencies are not in the file, so
// they come from package.json.
import { InputError } from '../../formats/types.js';
import { fromHex, fromIntegrity } from '../hashes.js';
import { newPackage, type LockfileContext, type Project, type Scope } from '../model.js';
import { npmPurl } from '../purl.js';
import type { Edge } from '../scopes.js';
import { npmFamilyProject, workspaceKey, type Importer, type Locked } from './npm-family.js';
import { readManifest } from './package-json.js';
import { workspaceDirs } from './workspaces.js';

interface Block {
  [key: string]: string | Block;
}

const GIT_RANGE = /^(git\+|git:|github:|gitlab:|bitbucket:)|\.git(#|$)|^[\w-]+\/[\w.-]+(#.*)?$/;

function unquote(token: string, file: string, line: number): string {
  if (!token.startsWith('"')) return token;
  try {
    return JSON.parse(token) as string;
  } catch {
    throw new InputError(file, `malformed quoted string ${token}`, line);
  }
}

/** The classic format: `key value` and `key:` lines nested by two-space indentation. */
export function readClassic(text: string, file: string): Map<string, { block: Block; line: number }> {
  const entries = new Map<string, { block: Block; line: number }>();
  const stack: { indent: number; block: Block }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    if (indent > 0 && !stack.length) throw new InputError(file, 'indented line outside an entry', line, 1);
    if (indent === 0 && !content.endsWith(':')) throw new InputError(file, `expected an entry header ending in ':'`, line, 1);
    const parent = stack[stack.length - 1]?.block;
    if (content.endsWith(':')) {
      const block: Block = {};
      const key = content.slice(0, -1);
      if (parent) parent[unquote(key, file, line)] = block;
      else entries.set(key, { block, line });
      stack.push({ indent, block });
      return;
    }
    const match = /^("(?:[^"\\]|\\.)*"|[^\s"]+)\s+(.*)$/.exec(content);
    if (!match) throw new InputError(file, `expected 'key value'`, line, indent + 1);
    parent![unquote(match[1]!, file, line)] = unquote(match[2]!, file, line);
  });
  return entries;
}

/** `name@range`, with `@scope/name`; an alias range `npm:real@range` names the real package. */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

function stringsOf(block: Block | string | undefined): [string, string][] {
  return typeof block === 'object' ? Object.entries(block).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [];
}

export function parseYarnClassic(text: string, file: string, context: LockfileContext): Project {
  const byDescriptor = new Map<string, string>();
  const locked: Locked[] = [];
  for (const [header, { block, line }] of readClassic(text, file)) {
    const descriptors = header.split(/,\s*/).map((part) => unquote(part, file, line));
    const first = splitDescriptor(descriptors[0]!);
    const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@/.exec(first.range);
    const name = alias ? alias[1]! : first.name;
    const version = block.version;
    if (typeof version !== 'string') throw new InputError(file, `entry ${header} has no version`, line);
    const resolved = typeof block.resolved === 'string' ? block.resolved : undefined;
    const git = GIT_RANGE.test(first.range);
    const integrity = typeof block.integrity === 'string' ? block.integrity : undefined;
    const pkg = newPackage({
      purl: npmPurl(name, version, { vcs_url: git ? (resolved ?? first.range) : undefined }),
      name,
      version,
      hashes: integrity ? fromIntegrity(integrity) : fromHex('SHA-1', resolved && !git ? /#([0-9a-f]{40})$/.exec(resolved)?.[1] : undefined),
    });
    if (resolved) pkg.externalReferences.push({ type: git ? 'vcs' : 'distribution', url: resolved });
    const key = descriptors[0]!;
    for (const descriptor of descriptors) byDescriptor.set(descriptor, key);
    const edges = (section: string, kind: Scope) => stringsOf(block[section]).map(([dep, range]) => ({ to: `${dep}@${range}`, kind }));
    locked.push({ key, pkg, edges: [...edges('dependencies', 'required'), ...edges('optionalDependencies', 'optional')] });
  }
  const root = readManifest(context, '');
  const importers: Importer[] = [{ dir: '', manifest: root, edges: [] }];
  for (const dir of workspaceDirs(context, root?.workspaces ?? [])) importers.push({ dir, manifest: readManifest(context, dir), edges: [] });
  const workspaceByName = new Map(importers.filter((importer) => importer.dir && importer.manifest?.name).map((importer) => [importer.manifest!.name!, workspaceKey(importer.dir)]));
  // Descriptors resolve to entries; a dependency on a workspace is satisfied by the workspace itself.
  const resolve = (edge: Edge, name: string): Edge | undefined => {
    const to = byDescriptor.get(edge.to) ?? workspaceByName.get(name);
    return to === undefined ? undefined : { to, kind: edge.kind };
  };
  for (const entry of locked) entry.edges = entry.edges.map((edge) => resolve(edge, splitDescriptor(edge.to).name)).filter((edge): edge is Edge => !!edge);
  for (const importer of importers) {
    importer.edges = [...(importer.manifest?.dependencies ?? [])]
      .map(([name, { kind, range }]) => resolve({ to: `${name}@${range}`, kind }, name))
      .filter((edge): edge is Edge => !!edge);
  }
  if (!root) context.notice('no package.json beside yarn.lock: dev dependencies cannot be told apart and are reported as required');
  return npmFamilyProject(file, context, locked, importers);
}
