// Kubernetes manifests: multi-document YAML or JSON, with List kinds unwrapped.
import { loadYaml } from '../yaml/load.js';
import { InputError, type DocPath, type Format, type ParsedDocument, type RelatedLocation } from '../types.js';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const TOP_LEVEL_API_VERSION = /^(?:apiVersion:|\s*"apiVersion"\s*:)/m;
const TOP_LEVEL_KIND = /^(?:kind:|\s*"kind"\s*:)/m;

/** Bulky or secret payloads that no cross-resource rule needs. */
const PAYLOAD_FIELDS = new Set(['data', 'binaryData', 'stringData']);
/** Pod spec fields left out of the facts: document-scope rules judge them; `images` summarises them. */
const POD_DETAIL_FIELDS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes']);

/**
 * The compact facts run-scope rules see: identity, labels, selectors and specs, without
 * payloads or container details, plus every image the object runs.
 */
export function manifestFacts(manifest: Manifest): Record<string, unknown> {
  const images: string[] = [];
  const compact = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((item) => compact(item, depth + 1));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (depth === 0 && PAYLOAD_FIELDS.has(key)) continue;
      if (POD_DETAIL_FIELDS.has(key) && Array.isArray(child)) {
        for (const container of child) {
          const image = (container as { image?: unknown } | null)?.image;
          if (typeof image === 'string') images.push(image);
        }
        continue;
      }
      out[key] = compact(child, depth + 1);
    }
    return out;
  };
  return { ...(compact(manifest, 0) as Record<string, unknown>), images: [...new Set(images)].sort() };
}

/** `helm template` writes `# Source: <chart>/templates/<file>` above each document it renders. */
const HELM_SOURCE = /^# Source: (\S.*?)\s*$/;

/**
 * The Helm template a document was rendered from: the `# Source:` comment among the comment lines
 * right above the document's first line (`rootLine`, 1-based); a `---` or any content ends the search.
 */
export function helmSource(lines: readonly string[], rootLine: number): string | undefined {
  for (let i = rootLine - 2; i >= 0; i--) {
    const line = lines[i]!;
    const source = HELM_SOURCE.exec(line);
    if (source) return source[1];
    if (line.trim() && !line.trimStart().startsWith('#')) return undefined;
  }
  return undefined;
}

/** Template lines differ from rendered ones, so findings stay on the stream's exact line and name the template beside it. */
function renderedFrom(template: string): RelatedLocation[] {
  return [{ file: template, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, message: 'rendered by Helm from this template' }];
}

type Manifest = { apiVersion: string; kind: string; metadata?: { name?: unknown; namespace?: unknown }; items?: unknown };

function isManifest(value: unknown): value is Manifest {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { apiVersion, kind } = value as Record<string, unknown>;
  return typeof apiVersion === 'string' && typeof kind === 'string';
}

/** `Kind/namespace/name`, or `Kind/name` where the manifest names no namespace. */
export function resourceId(manifest: Manifest): string {
  const name = manifest.metadata?.name;
  const namespace = manifest.metadata?.namespace;
  return [manifest.kind, typeof namespace === 'string' ? namespace : undefined, typeof name === 'string' ? name : '<unnamed>']
    .filter(Boolean)
    .join('/');
}

export const k8s: Format = {
  kind: 'k8s',

  detect(file, text) {
    return MANIFEST_FILE.test(file) && TOP_LEVEL_API_VERSION.test(text) && TOP_LEVEL_KIND.test(text);
  },

  parse(text, file) {
    const documents: ParsedDocument[] = [];
    const lines = text.includes('# Source: ') ? text.split(/\r?\n/) : undefined;
    for (const yaml of loadYaml(text, file)) {
      if (yaml.value === null || yaml.value === undefined) continue; // an empty document, e.g. after a trailing ---
      if (!isManifest(yaml.value)) {
        const at = yaml.locate([]);
        throw new InputError(file, `document ${yaml.index + 1} is not a Kubernetes object (needs string apiVersion and kind)`, at.startLine, at.startColumn);
      }
      // Looked up only for documents with findings: locating builds the document's position index.
      let template: string | null | undefined;
      const related = (): RelatedLocation[] => {
        template ??= (lines && helmSource(lines, yaml.locate([]).startLine)) ?? null;
        return template ? renderedFrom(template) : [];
      };
      const add = (manifest: Manifest, prefix: DocPath) =>
        documents.push({
          kind: 'k8s',
          file,
          resource: resourceId(manifest),
          document: manifest,
          context: { documentIndex: yaml.index },
          locate: (path) => yaml.locate([...prefix, ...path]),
          facts: () => manifestFacts(manifest),
          ...(lines ? { related } : {}),
        });
      const list = yaml.value;
      if (list.kind.endsWith('List') && Array.isArray(list.items)) {
        list.items.forEach((item, i) => {
          if (!isManifest(item)) {
            const at = yaml.locate(['items', i]);
            throw new InputError(file, `item ${i} of ${list.kind} is not a Kubernetes object`, at.startLine, at.startColumn);
          }
          add(item, ['items', i]);
        });
      } else add(list, []);
    }
    return documents;
  },
};
