// Links the images that workloads run (Kubernetes objects, ARM container groups, container apps
// and web apps: every document whose facts list `images`) to the Dockerfiles of the same run that
// build them. Images match by repository: tag and digest are ignored and Docker Hub's defaults
// applied, so `web:1.4` run from ghcr.io matches `ghcr.io/acme/web` only when the registry and
// path agree. A Dockerfile names what it builds with its OCI ref.name label, or the config's
// `images` mapping names it. Every finding of a linked workload gets a related location at the
// Dockerfile's final FROM, and the run reports each link (the risk scorer weighs exposure by it).
import { resolve } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { DockerfileFacts } from '../formats/dockerfile/index.js';
import type { Kind, RelatedLocation, Span } from '../formats/types.js';
import { imageName, parseImageReference } from '../sbom/images/reference.js';
import type { IndexedDocument } from './engine.js';

/** An image the config says a Dockerfile builds (`images:` in .policygate.yaml). */
export interface ImageBuild {
  /** The Dockerfile, relative to the run's working directory. */
  dockerfile: string;
  /** The image it builds; a tag or digest is allowed and ignored. */
  image: string;
}

/** One image built by one Dockerfile of the run, and the resources of the run that run it. */
export interface ImageLink {
  /** The repository, normalised: ghcr.io/acme/web, docker.io/library/nginx. */
  image: string;
  /** The Dockerfile, and the line of its final stage's FROM (where the built image starts). */
  dockerfile: { file: string; line: number };
  /** How the Dockerfile is known to build the image: its OCI label, or the config's mapping. */
  source: 'label' | 'config';
  /** The resources that run it, with the reference as each writes it. */
  resources: { kind: Kind; file: string; resource: string; reference: string }[];
}

type Document = Pick<IndexedDocument, 'kind' | 'file' | 'resource' | 'facts'>;

interface Builder {
  file: string;
  from: Span;
  source: ImageLink['source'];
}

/** `registry/repository` of a reference, or undefined when it is not a valid one (an unresolved value). */
function repository(reference: string): string | undefined {
  const parsed = parseImageReference(reference);
  return parsed && imageName(parsed);
}

/** Images a document's facts say it runs: strings run by the document itself, or `{ resource, image }`. */
function imagesRun(document: Document): { resource: string; reference: string }[] {
  const images = (document.facts as { images?: unknown } | null)?.images;
  return (Array.isArray(images) ? images : []).flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [{ resource: document.resource, reference: entry }];
    const { resource, image } = (entry ?? {}) as { resource?: unknown; image?: unknown };
    return typeof resource === 'string' && typeof image === 'string' ? [{ resource, reference: image }] : [];
  });
}

/** Repository to the Dockerfiles of the run that build it. */
function builders(documents: Document[], builds: ImageBuild[], cwd: string): Map<string, Builder[]> {
  const byImage = new Map<string, Builder[]>();
  for (const document of documents) {
    if (document.kind !== 'dockerfile') continue;
    const facts = document.facts as DockerfileFacts;
    const absolute = resolve(cwd, document.file);
    const names = [
      ...facts.builds.map((name) => ({ name, source: 'label' as const })),
      ...builds.filter((build) => resolve(cwd, build.dockerfile) === absolute).map((build) => ({ name: build.image, source: 'config' as const })),
    ];
    for (const { name, source } of names) {
      const image = repository(name);
      if (!image) continue;
      const list = byImage.get(image) ?? [];
      if (!list.some((builder) => builder.file === document.file)) list.push({ file: document.file, from: facts.from, source });
      byImage.set(image, list);
    }
  }
  return byImage;
}

export function linkImages(findings: Finding[], documents: Document[], builds: ImageBuild[], cwd: string): { findings: Finding[]; links: ImageLink[] } {
  const byImage = builders(documents, builds, cwd);
  const links = new Map<string, ImageLink>();
  /** Workload (`file\0resource`) to its related locations, one per Dockerfile and reference. */
  const related = new Map<string, Map<string, RelatedLocation>>();
  for (const document of documents) {
    for (const { resource, reference } of imagesRun(document)) {
      const image = repository(reference);
      if (image === undefined) continue;
      for (const builder of byImage.get(image) ?? []) {
        const key = `${image}\0${builder.file}`;
        const link = links.get(key) ?? { image, dockerfile: { file: builder.file, line: builder.from.startLine }, source: builder.source, resources: [] };
        if (!link.resources.some((entry) => entry.file === document.file && entry.resource === resource && entry.reference === reference)) {
          link.resources.push({ kind: document.kind, file: document.file, resource, reference });
        }
        links.set(key, link);
        const message = `runs image ${reference}, built by ${builder.file}`;
        const workload = `${document.file}\0${resource}`;
        const locations = related.get(workload) ?? new Map<string, RelatedLocation>();
        locations.set(`${builder.file}\0${message}`, { file: builder.file, ...builder.from, message });
        related.set(workload, locations);
      }
    }
  }
  const linked = findings.map((finding) => {
    const locations = related.get(`${finding.location.file}\0${finding.resource}`);
    return locations ? { ...finding, related: [...(finding.related ?? []), ...locations.values()] } : finding;
  });
  const ordered = [...links.values()].map((link) => ({
    ...link,
    resources: link.resources.sort((a, b) => compare(a.file, b.file) || compare(a.resource, b.resource) || compare(a.reference, b.reference)),
  }));
  return { findings: linked, links: ordered.sort((a, b) => compare(a.image, b.image) || compare(a.dockerfile.file, b.dockerfile.file)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
