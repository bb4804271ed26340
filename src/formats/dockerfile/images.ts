// The images a Dockerfile uses, for the SBOM (the final image's base) and for linking the
// manifests that run an image to the Dockerfile that builds it.
import { splitReference } from './document.js';
import type { DockerfileDocument } from './model.js';

export interface ImageUse {
  /** As written in the Dockerfile, before substitution. */
  raw: string;
  /** After substitution; null when it depends on a value not known statically. */
  reference: string | null;
  /** Fully qualified, Docker Hub defaults applied: docker.io/library/golang:1.21-alpine. */
  canonical: string | null;
  image: string | null;
  tag: string | null;
  digest: string | null;
  /** base: a stage is built FROM it; copy: COPY --from it; mount: RUN --mount from it. */
  role: 'base' | 'copy' | 'mount';
  /** Index and name of the stage that uses it. */
  stage: number;
  stageName: string | null;
  /** The base image of the final stage (through the stages it is built on). */
  final: boolean;
  /** Used only while building: nothing of it ships in the final image. */
  builder: boolean;
  line: number;
}

/** Every external image the Dockerfile uses, in file order. Stages and scratch are not images. */
export function listImages(document: DockerfileDocument): ImageUse[] {
  const finalLineage = new Set(document.stages[document.final_stage]?.lineage ?? []);
  const uses: ImageUse[] = [];
  const add = (reference: string | null, raw: string, role: ImageUse['role'], stage: number, line: number) => {
    const parts = reference === null ? { image: null, tag: null, digest: null } : splitReference(reference);
    const ships = finalLineage.has(stage) && role !== 'mount';
    uses.push({
      raw,
      reference,
      canonical: parts.image === null ? null : canonical(parts.image, parts.tag, parts.digest),
      ...parts,
      role,
      stage,
      stageName: document.stages[stage]!.name,
      final: role === 'base' && ships,
      builder: !ships,
      line,
    });
  };
  for (const stage of document.stages) {
    const { from } = stage;
    if (from.stage === null && !from.scratch) add(from.reference, from.raw, 'base', stage.index, stage.instructions[0]!.line);
    for (const instruction of stage.instructions.slice(1)) {
      for (const flag of instruction.flags) {
        const source =
          instruction.cmd === 'copy' && flag.name === 'from' ? flag.value
          : instruction.cmd === 'run' && flag.name === 'mount' ? mountSource(flag.value)
          : null;
        if (!source || instruction.from_stage !== undefined || isStage(document, source, stage.index)) continue;
        add(instruction.resolved ? source : null, source, flag.name === 'from' ? 'copy' : 'mount', stage.index, instruction.line);
      }
    }
  }
  return uses;
}

/** The `from=` of a RUN --mount value (type=bind,from=builder,target=/x). */
function mountSource(value: string | null): string | null {
  for (const part of (value ?? '').split(',')) {
    const [key, val] = part.split('=', 2);
    if (key?.trim() === 'from' && val) return val.trim();
  }
  return null;
}

function isStage(document: DockerfileDocument, name: string, before: number): boolean {
  if (/^\d+$/.test(name)) return Number(name) < before;
  return document.stages.some((stage) => stage.index < before && stage.name === name.toLowerCase());
}

/** Docker Hub's defaults made explicit: `golang` is docker.io/library/golang:latest. */
export function canonical(image: string, tag: string | null, digest: string | null): string {
  const first = image.split('/')[0]!;
  const hasRegistry = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const name = hasRegistry ? image : image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`;
  return `${name}${tag !== null ? `:${tag}` : digest === null ? ':latest' : ''}${digest !== null ? `@${digest}` : ''}`;
}

/**
 * The OCI image-spec key whose value is the image's own reference; the other keys are prose
 * (title), URLs (source, url) or the base image (base.name).
 */
export const IMAGE_NAME_LABEL = 'org.opencontainers.image.ref.name';
/** ref.name written as a bare version (`24.04`, `v2.1.0`) tags an image layout; it names no repository. */
const BARE_VERSION = /^v?\d+(?:[._-]\w+)*$/i;

export interface BuiltImage {
  /** As the label gives it, e.g. ghcr.io/acme/web or ghcr.io/acme/web:1.4.2. */
  name: string;
  /** The LABEL instruction's line. */
  line: number;
}

/**
 * The name the Dockerfile gives the image it builds: the IMAGE_NAME_LABEL of the final image.
 * Labels are inherited from the stage an image is built on and a later LABEL overrides an
 * earlier one, so it is the last one set in the final stage's lineage. A value that depends on
 * a variable whose value is not known names nothing.
 */
export function builtImage(document: DockerfileDocument): BuiltImage | undefined {
  let found: BuiltImage | undefined;
  for (const index of document.stages[document.final_stage]?.lineage ?? []) {
    for (const instruction of document.stages[index]!.instructions) {
      if (instruction.cmd !== 'label') continue;
      for (const pair of instruction.pairs ?? []) {
        if (pair.key !== IMAGE_NAME_LABEL || pair.value === null) continue;
        const value = pair.value.trim();
        found = (pair.literal || instruction.resolved) && value && !BARE_VERSION.test(value) ? { name: value, line: instruction.line } : undefined;
      }
    }
  }
  return found;
}
