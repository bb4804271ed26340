// Images that ARM templates deploy: container groups' containers, and web apps for containers
// (`DOCKER|image` in linuxFxVersion / windowsFxVersion), read from the expanded resource model.
import { arm } from '../../formats/arm/index.js';
import type { DocPath } from '../../formats/types.js';
import { array, record, string } from '../text/values.js';
import type { ImageExtractor, ImageUse } from './index.js';

const FX_VERSIONS = ['linuxFxVersion', 'windowsFxVersion'] as const;

/** A value the template could not resolve stays visible as its expression, and the SBOM reports it as not valid. */
function text(value: unknown): string | undefined {
  return string(value) ?? string(record(value)?.['$unknown']);
}

export const armImages: ImageExtractor = {
  name: 'arm',
  candidate: (file) => /\.jsonc?$/i.test(file),
  detect: (file, content) => arm.detect(file, content),
  extract(content, file, context) {
    const uses: ImageUse[] = [];
    for (const document of arm.parse(content, file, context)) {
      const resources = array(record(document.document)?.['resources']);
      resources.forEach((resource, index) => {
        const type = (string(record(resource)?.['type']) ?? '').toLowerCase();
        const properties = record(record(resource)?.['properties']) ?? {};
        const add = (reference: string | undefined, path: DocPath) => {
          if (reference) uses.push({ reference, file, resource: document.resourceAt?.(path) ?? document.resource, line: document.locate(path).startLine });
        };
        if (type === 'microsoft.containerinstance/containergroups') {
          array(properties['containers']).forEach((container, i) =>
            add(text(record(record(container)?.['properties'])?.['image']), ['resources', index, 'properties', 'containers', i, 'properties', 'image']),
          );
        }
        const config = type === 'microsoft.web/sites/config' ? properties : type.startsWith('microsoft.web/sites') ? record(properties['siteConfig']) : undefined;
        const base: DocPath = type === 'microsoft.web/sites/config' ? ['resources', index, 'properties'] : ['resources', index, 'properties', 'siteConfig'];
        for (const key of FX_VERSIONS) {
          const fx = text(config?.[key]);
          if (fx && /^docker\|/i.test(fx)) add(fx.slice('DOCKER|'.length), [...base, key]);
        }
      });
    }
    return uses;
  },
};
