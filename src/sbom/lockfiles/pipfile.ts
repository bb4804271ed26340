// Pipfile.lock (pipenv): `default` packages are required, `develop` ones dev. Versions are `==x`;
// git dependencies are pinned by their ref instead; local paths are not packages from an index.
// pipenv records no graph: the project depends on every package.
import { InputError } from '../../formats/types.js';
import { distributionHashes } from '../hashes.js';
import { newPackage, type LockfileParser, type Package, type Scope } from '../model.js';
import { pypiPurl } from '../purl.js';
import { parseJsonObject, record, string, strings } from '../text/values.js';
import { readPyproject } from './pyproject.js';

const SECTIONS: [string, Scope][] = [
  ['default', 'required'],
  ['develop', 'dev'],
];

export const pipfileLockfile: LockfileParser = {
  name: 'Pipfile.lock',
  matches: (basename) => basename === 'Pipfile.lock',
  parse(text, file, context) {
    const lock = parseJsonObject(text, file);
    if (!record(lock._meta)) throw new InputError(file, 'no _meta object: not a Pipfile.lock');
    const packages = new Map<string, Package>();
    for (const [section, scope] of SECTIONS) {
      for (const [name, value] of Object.entries(record(lock[section]) ?? {})) {
        const entry = record(value) ?? {};
        const git = string(entry.git);
        const pin = /^===?(.+)$/.exec(string(entry.version) ?? '')?.[1];
        if (!pin && !git) {
          context.notice(`${section} package '${name}' has no pinned version (${string(entry.path) ? `local path ${string(entry.path)}` : 'no version'}): not in the SBOM`);
          continue;
        }
        const ref = string(entry.ref);
        const pkg = newPackage({ purl: pypiPurl(name, pin, { vcs_url: git ? `git+${git.replace(/^git\+/, '')}${ref ? `@${ref}` : ''}` : undefined }), name, version: pin, scope });
        if (git) pkg.externalReferences.push({ type: 'vcs', url: git });
        distributionHashes(pkg, strings(entry.hashes));
        const existing = packages.get(pkg.purl);
        if (!existing) packages.set(pkg.purl, pkg);
        else if (scope === 'required') existing.scope = 'required';
      }
    }
    const { root } = readPyproject(context, file);
    return { file, root, dependsOn: [...packages.keys()].sort(), packages: [...packages.values()] };
  },
};
