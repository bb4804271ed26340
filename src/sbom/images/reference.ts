// Container image references (the grammar of github.com/distribution/reference) and their
// package URLs: `pkg:oci` with the digest when the image is pinned, `pkg:docker` with the tag otherwise.
import { purl } from '../purl.js';

export interface ImageReference {
  /** Registry host, `docker.io` for Docker Hub. */
  registry: string;
  /** Repository path inside the registry; Docker Hub's official images get their implicit `library/`. */
  repository: string;
  tag?: string;
  /** `sha256:<hex>` */
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Undefined when the text is not a valid reference (an unexpanded variable, a typo). */
export function parseImageReference(text: string): ImageReference | undefined {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) registry = parts.shift()!.toLowerCase();
  if (!parts.every((part) => COMPONENT.test(part))) return undefined;
  if (DOCKER_HUB.has(registry)) {
    registry = 'docker.io';
    if (parts.length === 1) parts.unshift('library');
  }
  return { registry, repository: parts.join('/'), tag, digest: digest?.toLowerCase() };
}

export function imageName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

export function imagePurl(ref: ImageReference): string {
  const slash = ref.repository.lastIndexOf('/');
  const name = ref.repository.slice(slash + 1);
  if (ref.digest) return purl('oci', undefined, name, ref.digest, { repository_url: imageName(ref), tag: ref.tag });
  return purl('docker', slash === -1 ? undefined : ref.repository.slice(0, slash), name, ref.tag ?? 'latest', {
    repository_url: ref.registry === 'docker.io' ? undefined : ref.registry,
  });
}
