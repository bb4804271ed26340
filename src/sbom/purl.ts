// Package URLs (https://github.com/package-url/purl-spec): one builder that encodes, and one
// small function per ecosystem that applies that type's naming rules.

type Qualifiers = Record<string, string | undefined>;

/** Percent-encodes a purl component: everything but unreserved characters. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Qualifier values keep `/` and `:` readable, as the spec's examples do (repository_url=gcr.io/x). */
function encodeQualifier(value: string): string {
  return encode(value).replace(/%2F/g, '/').replace(/%3A/g, ':');
}

export function purl(type: string, namespace: string | undefined, name: string, version?: string, qualifiers: Qualifiers = {}): string {
  const path = [...(namespace ? namespace.split('/').filter(Boolean) : []), name].map(encode).join('/');
  const query = Object.entries(qualifiers)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => [key.toLowerCase(), encodeQualifier(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return `pkg:${type}/${path}${version ? `@${encode(version)}` : ''}${query ? `?${query}` : ''}`;
}

/** `@scope/name` keeps its scope as the namespace (encoded %40scope); names keep their case (npm is case-sensitive). */
export function npmPurl(name: string, version?: string, qualifiers?: Qualifiers): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0
    ? purl('npm', name.slice(0, slash), name.slice(slash + 1), version, qualifiers)
    : purl('npm', undefined, name, version, qualifiers);
}

/** The purl spec's PyPI rule: lowercase, `_` becomes `-`. */
export function pypiName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

/** PEP 503 normalisation, for matching names across a lockfile (Foo.Bar, foo-bar, foo_bar are one project). */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function pypiPurl(name: string, version?: string, qualifiers?: Qualifiers): string {
  return purl('pypi', undefined, pypiName(name), version, qualifiers);
}

/**
 * Namespace is the module path up to its last segment. Case is kept: Go module paths are
 * case-sensitive (github.com/BurntSushi/toml), and the Go vulnerability database matches them as written.
 */
export function golangPurl(modulePath: string, version?: string): string {
  const slash = modulePath.lastIndexOf('/');
  return slash > 0
    ? purl('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version)
    : purl('golang', undefined, modulePath, version);
}

export function cargoPurl(name: string, version?: string, qualifiers?: Qualifiers): string {
  return purl('cargo', undefined, name, version, qualifiers);
}

export function mavenPurl(groupId: string, artifactId: string, version?: string, qualifiers?: Qualifiers): string {
  return purl('maven', groupId, artifactId, version, qualifiers);
}
