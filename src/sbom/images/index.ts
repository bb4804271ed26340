// Container images deployed by configuration files. This list is the extension point: a format
// that deploys images (Dockerfile FROM, ARM container groups and web apps) adds one extractor here.
import type { ParseContext } from '../../formats/types.js';
import { armImages } from './arm.js';
import { dockerfileImages } from './dockerfile.js';
import { k8sImages } from './k8s.js';

/** One place a configuration file names an image. */
export interface ImageUse {
  /** The reference as written, e.g. `nginx:1.27@sha256:...`. */
  reference: string;
  /** The file, as reported to the user. */
  file: string;
  /** Human id of the resource that runs it, e.g. Deployment/prod/web or stage `runtime`. */
  resource: string;
  /** 1-based line of the reference, for notices. */
  line?: number;
  /** Used only to build something else (a Dockerfile builder stage): treated like a dev dependency. */
  buildOnly?: boolean;
  /**
   * Set when the file builds this image rather than uses it (a Dockerfile's OCI ref.name label):
   * `base` is the final stage's base image as written, absent when it is scratch.
   */
  built?: { base?: string };
}

export interface ImageExtractor {
  /** Short name for messages, e.g. `kubernetes`. */
  name: string;
  /** Cheap test on the file name alone: may this file hold images for this extractor? */
  candidate(file: string): boolean;
  /** Test on the text: is this file of this extractor's format? */
  detect(file: string, text: string): boolean;
  /** Every image the file names; throws InputError on a broken file. */
  extract(text: string, file: string, context: ParseContext): ImageUse[];
}

export const imageExtractors: readonly ImageExtractor[] = [k8sImages, dockerfileImages, armImages];
