// The container images an expanded template deploys: container groups' containers and init
// containers, container apps' and Container Apps jobs' template containers, and web apps for
// containers (`DOCKER|image` in linuxFxVersion / windowsFxVersion). The SBOM lists them; the
// run scope links them to the Dockerfiles that build them.
import type { DocPath } from '../types.js';
import type { ArmDocument } from './template.js';

const FX_VERSIONS = ['linuxFxVersion', 'windowsFxVersion'] as const;
const FX_DOCKER = /^docker\|/i;

export interface DeployedImage {
  /** As the template resolves it; a value it cannot resolve keeps its expression. */
  reference: string;
  /** Path of the value in the expanded document (`['resources', index, ...]`). */
  path: DocPath;
}

type Dict = Record<string, unknown>;

function dict(value: unknown): Dict | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Dict) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or the expression text of a value the template could not resolve. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const unknown = dict(value)?.['$unknown'];
  return typeof unknown === 'string' ? unknown : undefined;
}

export function deployedImages(document: ArmDocument): DeployedImage[] {
  const images: DeployedImage[] = [];
  document.resources.forEach((resource, index) => {
    const type = typeof resource.type === 'string' ? resource.type.toLowerCase() : '';
    const properties = dict(resource['properties']) ?? {};
    const add = (reference: string | undefined, path: DocPath) => {
      if (reference) images.push({ reference, path: ['resources', index, 'properties', ...path] });
    };
    if (type === 'microsoft.containerinstance/containergroups') {
      for (const key of ['initContainers', 'containers']) {
        list(properties[key]).forEach((container, i) => add(text(dict(dict(container)?.['properties'])?.['image']), [key, i, 'properties', 'image']));
      }
    }
    if (type === 'microsoft.app/containerapps' || type === 'microsoft.app/jobs') {
      const template = dict(properties['template']);
      for (const key of ['initContainers', 'containers']) {
        list(template?.[key]).forEach((container, i) => add(text(dict(container)?.['image']), ['template', key, i, 'image']));
      }
    }
    if (type.startsWith('microsoft.web/sites')) {
      // sites and slots carry siteConfig; their config child resources are the site config itself.
      const base = type.endsWith('/config') ? [] : ['siteConfig'];
      const config = type.endsWith('/config') ? properties : dict(properties['siteConfig']);
      for (const key of FX_VERSIONS) {
        const fx = text(config?.[key]);
        if (fx && FX_DOCKER.test(fx)) add(fx.slice('DOCKER|'.length), [...base, key]);
      }
    }
  });
  return images;
}
