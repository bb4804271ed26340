// Dockerfiles (and Containerfiles): one document per file, parsed with BuildKit's semantics.
import { basename, extname } from 'node:path';
import type { Format, Span } from '../types.js';
import { buildDocument } from './document.js';
import { builtImage, listImages, type ImageUse } from './images.js';

export { builtImage, listImages, type BuiltImage, type ImageUse } from './images.js';
export type { DockerfileDocument, Instruction, Stage } from './model.js';

/** What run-scope rules (and the image links) see of a Dockerfile. */
export interface DockerfileFacts {
  /** Names of the image the file builds, from its OCI ref.name label (none when unlabelled). */
  builds: string[];
  /** Every external image it uses: bases, COPY --from and RUN --mount sources. */
  uses: ImageUse[];
  /** The final stage's FROM instruction: where the built image starts. */
  from: Span;
}

/** Dockerfile, Containerfile, api.Dockerfile, Dockerfile.prod (any case). */
const BY_NAME = /^(?:(?:docker|container)file(?:\.(.+))?|.+\.(?:docker|container)file)$/i;
/**
 * Suffixes of files named after Dockerfiles that are something else: a policy (Dockerfile.rego),
 * an editor plugin (dockerfile.vim), a template or a note. Their content decides.
 */
const OTHER_FORMATS = new Set([
  'rego', 'vim', 'el', 'json', 'yaml', 'yml', 'toml', 'xml', 'ini', 'sh', 'bash', 'ps1', 'py', 'go', 'js', 'mjs',
  'cjs', 'ts', 'rb', 'java', 'j2', 'jinja', 'jinja2', 'tmpl', 'tpl', 'template', 'erb', 'mustache', 'hbs',
  'dockerignore', 'bak', 'orig', 'swp', 'lock', 'patch', 'diff', 'md', 'markdown', 'rst', 'txt', 'adoc', 'html',
]);
/** Text formats whose first line may read like an instruction ("From the start..."). */
const PROSE = new Set(['.md', '.markdown', '.rst', '.txt', '.adoc', '.html', '.htm']);
/** The first line that is neither blank nor a comment (directives are comments). */
const FIRST_LINE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*([^\n]*)/;
const FROM_LINE = /^FROM[ \t]+(?:--[^\s=]+=\S+[ \t]+)*[^\s-]\S*(?:[ \t]+AS[ \t]+\S+)?[ \t]*\r?$/im;
const ARG_LINE = /^ARG[ \t]+[A-Za-z_][A-Za-z0-9_]*(?:=\S*)?(?:[ \t].*)?$/i;

export const dockerfile: Format = {
  kind: 'dockerfile',

  detect(file, text) {
    const name = basename(file);
    const match = BY_NAME.exec(name);
    const suffix = match?.[1];
    if (match && !(suffix && OTHER_FORMATS.has(suffix.slice(suffix.lastIndexOf('.') + 1).toLowerCase()))) return true;
    if (PROSE.has(extname(name).toLowerCase())) return false;
    const first = FIRST_LINE.exec(text)?.[1]?.trimEnd() ?? '';
    return (FROM_LINE.test(first) || ARG_LINE.test(first)) && FROM_LINE.test(text);
  },

  parse(text, file) {
    const { document, locate } = buildDocument(text, file);
    const facts = (): DockerfileFacts => {
      const built = builtImage(document);
      return { builds: built ? [built.name] : [], uses: listImages(document), from: locate(['stages', document.final_stage, 'instructions', 0]) };
    };
    return [{ kind: 'dockerfile', file, resource: 'Dockerfile', document, locate, facts }];
  },
};
