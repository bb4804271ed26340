// Images that ARM templates deploy (container groups, container apps and jobs, web apps for
// containers), read from the expanded resource model by the ARM format itself.
import { deployedImages } from '../../formats/arm/images.js';
import { arm } from '../../formats/arm/index.js';
import type { ArmDocument } from '../../formats/arm/template.js';
import type { ImageExtractor, ImageUse } from './index.js';

export const armImages: ImageExtractor = {
  name: 'arm',
  candidate: (file) => /\.jsonc?$/i.test(file),
  detect: (file, content) => arm.detect(file, content),
  extract(content, file, context) {
    // A value the template could not resolve stays visible as its expression, and the SBOM reports it as not valid.
    return arm.parse(content, file, context).flatMap((document) =>
      deployedImages(document.document as ArmDocument).map(
        (use): ImageUse => ({ reference: use.reference, file, resource: document.resourceAt?.(use.path) ?? document.resource, line: document.locate(use.path).startLine }),
      ),
    );
  },
};
