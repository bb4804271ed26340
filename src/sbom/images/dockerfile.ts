// Images a Dockerfile builds on: the final stage's base ships in the image; builder stages'
// bases and COPY --from / RUN --mount sources are build-only (dev-like) components. A Dockerfile
// that names the image it builds (its OCI ref.name label) adds that image, built on its final base.
import { dockerfile } from '../../formats/dockerfile/index.js';
import { builtImage, IMAGE_NAME_LABEL, listImages } from '../../formats/dockerfile/images.js';
import type { DockerfileDocument } from '../../formats/dockerfile/model.js';
import type { ImageExtractor, ImageUse } from './index.js';

export const dockerfileImages: ImageExtractor = {
  name: 'dockerfile',
  candidate: (file) => /(^|\/)(?:Dockerfile|Containerfile)(?:\.[^/]*)?$|\.(?:Dockerfile|Containerfile)$/i.test(file),
  detect: (file, text) => dockerfile.detect(file, text),
  extract(text, file, context) {
    return dockerfile.parse(text, file, context).flatMap((document) => {
      const model = document.document as DockerfileDocument;
      const found = listImages(model);
      const uses = found.map(
        (use): ImageUse => ({
          // An unresolved reference (an ARG without a default) is kept as written, so the SBOM reports it as not valid.
          reference: use.reference ?? use.raw,
          file,
          resource: `stage ${use.stageName ?? use.stage}`,
          line: use.line,
          buildOnly: use.builder,
        }),
      );
      const built = builtImage(model);
      if (!built) return uses;
      // The image the file builds, on its final base (none: scratch).
      const base = uses[found.findIndex((use) => use.final)]?.reference;
      return [...uses, { reference: built.name, file, resource: `LABEL ${IMAGE_NAME_LABEL}`, line: built.line, built: base === undefined ? {} : { base } }];
    });
  },
};
