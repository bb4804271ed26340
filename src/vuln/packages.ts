// Package identity for matching: a component's purl, or an OSV record's package, to one key.
// Registries map to OSV ecosystems (ossf.github.io/osv-schema/#affectedpackage-field) with the
// name as OSV writes it; PyPI names are compared after PEP 503 normalisation, as OSV does.
// Container images (pkg:docker, pkg:oci) have no OSV ecosystem: they match records that name
// them by `package.purl`, keyed by the image's full name (docker.io/library/nginx).

export interface Purl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
}

/** Reads `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when it is not a purl. */
export function parsePurl(text: string): Purl | undefined {
  if (!text.startsWith('pkg:')) return undefined;
  let rest = text.slice(4).replace(/^\/+/, '');
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question !== -1) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1));
    }
    rest = rest.slice(0, question);
  }
  let version: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/')) {
    version = decode(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const segments = rest.split('/').filter(Boolean);
  const type = segments.shift()?.toLowerCase();
  const name = segments.pop();
  if (!type || !name) return undefined;
  const namespace = segments.map(decode).join('/');
  return { type, ...(namespace ? { namespace } : {}), name: decode(name), ...(version ? { version } : {}), qualifiers };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** PEP 503: runs of -, _ and . are one -, case does not count. */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const ECOSYSTEMS: Record<string, { ecosystem: string; name: (purl: Purl) => string }> = {
  npm: { ecosystem: 'npm', name: (p) => (p.namespace ? `${p.namespace}/${p.name}` : p.name) },
  pypi: { ecosystem: 'PyPI', name: (p) => p.name },
  golang: { ecosystem: 'Go', name: (p) => (p.namespace ? `${p.namespace}/${p.name}` : p.name) },
  maven: { ecosystem: 'Maven', name: (p) => `${p.namespace ?? ''}:${p.name}` },
  cargo: { ecosystem: 'crates.io', name: (p) => p.name },
  gem: { ecosystem: 'RubyGems', name: (p) => p.name },
  nuget: { ecosystem: 'NuGet', name: (p) => p.name },
  composer: { ecosystem: 'Packagist', name: (p) => (p.namespace ? `${p.namespace}/${p.name}` : p.name) },
};

/** The key two packages share when they are the same package of the same ecosystem. */
export function packageKey(ecosystem: string, name: string): string {
  return `${ecosystem}\u0000${ecosystem === 'PyPI' ? pep503(name) : name}`;
}

/** The full name of a container image purl (docker.io/library/nginx), or undefined for other purls. */
export function imageKey(purl: Purl): string | undefined {
  if (purl.type === 'oci') return purl.qualifiers['repository_url'] ? `image\u0000${purl.qualifiers['repository_url'].toLowerCase()}` : undefined;
  if (purl.type === 'docker') return `image\u0000${(purl.qualifiers['repository_url'] ?? 'docker.io').toLowerCase()}/${purl.namespace ? `${purl.namespace}/` : ''}${purl.name}`.toLowerCase();
  return undefined;
}

/** What a component's purl is matched by: its ecosystem and OSV name, or its image key. */
export function componentIdentity(purl: Purl): { key: string; ecosystem?: string; name: string } | undefined {
  const known = ECOSYSTEMS[purl.type];
  if (known) {
    const name = known.name(purl);
    return { key: packageKey(known.ecosystem, name), ecosystem: known.ecosystem, name };
  }
  const image = imageKey(purl);
  return image ? { key: image, name: image.slice('image\u0000'.length) } : undefined;
}

/** The versions an image component answers to: its tag and, when pinned, its digest. */
export function componentVersions(purl: Purl): string[] {
  if (purl.type === 'oci') return [purl.qualifiers['tag'], purl.version].filter((v): v is string => Boolean(v));
  return purl.version ? [purl.version] : [];
}
