// pyproject.toml beside a Python lockfile: the root project (PEP 621 [project] or
// [tool.poetry]) and the kind of each direct dependency, for lockfiles that do not record it.
import { posix } from 'node:path';
import type { LockfileContext, Project, Scope } from '../model.js';
import { pep503, pypiPurl } from '../purl.js';
import { parseToml } from '../text/toml.js';
import { record, string, strings, type Dict } from '../text/values.js';

export interface PythonManifest {
  root: Project['root'];
  /** PEP 503 names of direct dependencies with their kind. */
  dependencies: Map<string, Scope>;
}

/** The distribution name of a PEP 508 requirement string (`requests[socks]>=2; python_version<"3.8"`). */
export function requirementName(requirement: string): string | undefined {
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement)?.[1];
}

function licenseOf(value: unknown): string[] {
  const text = string(value) ?? string(record(value)?.text);
  return text ? [text] : [];
}

export function readPyproject(context: LockfileContext, lockfile: string): PythonManifest {
  const text = context.readSibling('pyproject.toml');
  const fallback = { root: { name: posix.basename(posix.dirname(lockfile)) || 'project' }, dependencies: new Map<string, Scope>() };
  if (text === undefined) return fallback;
  const toml: Dict = parseToml(text, context.siblingFile('pyproject.toml'));
  const project = record(toml.project) ?? {};
  const poetry = record(record(toml.tool)?.poetry) ?? {};
  const dependencies = new Map<string, Scope>();
  const add = (names: (string | undefined)[], kind: Scope) => {
    for (const name of names) if (name && name.toLowerCase() !== 'python' && !dependencies.has(pep503(name))) dependencies.set(pep503(name), kind);
  };
  add(strings(project.dependencies).map(requirementName), 'required');
  const poetryMain = record(poetry.dependencies) ?? {};
  add(Object.keys(poetryMain).filter((name) => record(poetryMain[name])?.optional !== true), 'required');
  add(Object.keys(poetryMain), 'optional');
  add(Object.values(record(project['optional-dependencies']) ?? {}).flatMap((list) => strings(list).map(requirementName)), 'optional');
  const groups = Object.values(record(poetry.group) ?? {}).map((group) => record(record(group)?.dependencies) ?? {});
  add([...groups, record(poetry['dev-dependencies']) ?? {}].flatMap((group) => Object.keys(group)), 'dev');
  add(Object.values(record(toml['dependency-groups']) ?? {}).flatMap((list) => strings(list).map(requirementName)), 'dev');
  const name = string(project.name) ?? string(poetry.name);
  const version = string(project.version) ?? string(poetry.version);
  if (!name) return { ...fallback, dependencies };
  return {
    root: { name, version, purl: pypiPurl(name, version), licenses: licenseOf(project.license ?? poetry.license), manifest: 'pyproject.toml' },
    dependencies,
  };
}
