// poetry.lock (lock-version 1.x and 2.x). Poetry 2 records each package's dependency groups
// (`groups = ["main", "dev"]`), Poetry < 1.2 its `category`; in between neither, so the kinds
// come from pyproject.toml and the graph. `optional = true` packages are extras.
import { InputError } from '../../formats/types.js';
import { distributionHashes } from '../hashes.js';
import { newPackage, type LockfileParser, type Package, type Scope } from '../model.js';
import { pep503, pypiPurl } from '../purl.js';
import { scopesFromGraph, type Edge } from '../scopes.js';
import { parseToml } from '../text/toml.js';
import { array, record, string, strings } from '../text/values.js';
import { readPyproject } from './pyproject.js';

export const poetryLockfile: LockfileParser = {
  name: 'poetry.lock',
  matches: (basename) => basename === 'poetry.lock',
  parse(text, file, context) {
    const lock = parseToml(text, file);
    const entries = array(lock.package).map((value) => record(value) ?? {});
    if (!entries.length && !record(lock.metadata)) throw new InputError(file, 'no [[package]] tables and no [metadata]: not a poetry.lock');
    const manifest = readPyproject(context, file);
    // Lock format 1.x keeps the files of every package under [metadata.files], by name.
    const legacyFiles = new Map(Object.entries(record(record(lock.metadata)?.files) ?? {}).map(([name, files]) => [pep503(name), array(files)]));
    const byName = new Map<string, Package>();
    const flagged = new Map<string, Scope>();
    const edges = new Map<string, Edge[]>();
    for (const entry of entries) {
      const name = string(entry.name);
      const version = string(entry.version);
      if (!name || !version) throw new InputError(file, `a [[package]] without name or version (${JSON.stringify(entry.name ?? '?')})`);
      const source = record(entry.source) ?? {};
      const type = string(source.type);
      const url = string(source.url);
      const qualifiers =
        type === 'git' ? { vcs_url: `git+${url}@${string(source.resolved_reference) ?? string(source.reference) ?? ''}` } : type === 'legacy' ? { repository_url: url } : undefined;
      const pkg = newPackage({ purl: pypiPurl(name, version, qualifiers), name, version });
      if (type === 'git' && url) pkg.externalReferences.push({ type: 'vcs', url });
      if ((type === 'file' || type === 'directory') && url) pkg.properties.push(['policygate:python:local-path', url]);
      const files = array(entry.files).length ? array(entry.files) : (legacyFiles.get(pep503(name)) ?? []);
      distributionHashes(pkg, files.map((item) => string(record(item)?.hash) ?? '').filter(Boolean));
      const key = pep503(name);
      byName.set(key, pkg);
      const groups = strings(entry.groups);
      const category = string(entry.category);
      const optional = entry.optional === true;
      if (groups.length || category) {
        const main = groups.includes('main') || category === 'main';
        flagged.set(key, main ? (optional ? 'optional' : 'required') : 'dev');
      }
      edges.set(
        key,
        Object.entries(record(entry.dependencies) ?? {}).map(([dep, spec]) => ({ to: pep503(dep), kind: record(spec)?.optional === true ? 'optional' : 'required' })),
      );
    }
    const rootEdges = [...manifest.dependencies].map(([to, kind]) => ({ to, kind }));
    const derived = scopesFromGraph(rootEdges, (key) => edges.get(key) ?? []);
    const unknown = [...byName.keys()].filter((key) => !flagged.has(key) && !derived.has(key));
    if (unknown.length) context.notice(`${unknown.length} package(s) have no group and are not reachable from pyproject.toml's dependencies; kept as required`);
    for (const [key, pkg] of byName) {
      pkg.scope = flagged.get(key) ?? derived.get(key) ?? 'required';
      pkg.dependsOn = [...new Set((edges.get(key) ?? []).map((edge) => byName.get(edge.to)?.purl).filter((purl): purl is string => !!purl))].sort();
    }
    const direct = rootEdges.length ? rootEdges.map((edge) => byName.get(edge.to)?.purl) : [...byName.values()].map((pkg) => pkg.purl);
    return { file, root: manifest.root, dependsOn: [...new Set(direct.filter((purl): purl is string => !!purl))].sort(), packages: [...byName.values()] };
  },
};
