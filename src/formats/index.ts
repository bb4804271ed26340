import { arm } from './arm/index.js';
import { dockerfile } from './dockerfile/index.js';
import { firewall } from './firewall/index.js';
import { k8s } from './k8s/index.js';
import { sshd } from './sshd/index.js';
import type { Format } from './types.js';

/** Every input format, in detection order: the first whose detect() accepts a file parses it. */
export const FORMATS: readonly Format[] = [arm, dockerfile, k8s, sshd, firewall];

export function detectFormat(file: string, text: string): Format | undefined {
  return FORMATS.find((format) => format.detect(file, text));
}
