// Resolves the paths of an Include directive inside the scanned tree. sshd reads relative
// paths from /etc/ssh; here the directory of the top-level sshd_config plays /etc/ssh, so
// `sshd_config.d/*.conf` and `/etc/ssh/sshd_config.d/*.conf` both name the folder beside it.
// Other absolute paths are looked up under the scan root, as if the tree were a root file
// system. Globs expand in lexical order, like glob(3) (no dot files unless asked for).
// Paths stay in the form the ParseContext resolves (relative to its working directory, or
// absolute); ParseContext.readFile is the gate that refuses a path outside the tree.
import { dirname, join, normalize, sep } from 'node:path';
import type { ParseContext } from '../types.js';

const SSH_DIR = '/etc/ssh/';
const GLOB = /[*?[]/;

export type IncludeResult =
  | { files: string[] }
  | { problem: string };

/** The paths an Include argument names, in the order sshd reads them. */
export function resolveInclude(argument: string, configDir: string, context: ParseContext): IncludeResult {
  if (argument.startsWith('~')) return { problem: `Include path ${argument} starts with ~, which sshd refuses in the system configuration` };
  const path = normalize(
    !argument.startsWith('/')
      ? join(configDir, argument)
      : argument.startsWith(SSH_DIR)
        ? join(configDir, argument.slice(SSH_DIR.length))
        : join(context.root, argument),
  );
  if (!GLOB.test(argument)) {
    const name = path.slice(path.lastIndexOf(sep) + 1);
    if (!context.listDir(dirname(path))?.includes(name)) return { problem: `Include ${argument}: no such file in the scanned tree (looked for ${path})` };
    if (context.listDir(path)) return { problem: `Include ${argument} names a directory, not a file` };
    return { files: [path] };
  }
  const base = firstGlobSegment(path);
  return { files: expand(base.dir, base.rest, context).filter((file) => !context.listDir(file)) };
}

/** Splits a pattern into the literal directory before its first glob segment and the segments from there. */
function firstGlobSegment(path: string): { dir: string; rest: string[] } {
  const segments = path.split(sep);
  const first = segments.findIndex((segment) => GLOB.test(segment));
  return { dir: segments.slice(0, first).join(sep) || (path.startsWith(sep) ? sep : '.'), rest: segments.slice(first) };
}

/** Walks the segments below `dir`, matching glob segments against directory listings. */
function expand(dir: string, segments: string[], context: ParseContext): string[] {
  if (!segments.length) return [dir];
  const [segment, ...rest] = segments as [string, ...string[]];
  const entries = context.listDir(dir) ?? [];
  const names = GLOB.test(segment) ? entries.filter((name) => globSegment(segment).test(name)).sort() : entries.includes(segment) ? [segment] : [];
  return names.flatMap((name) => expand(join(dir, name), rest, context));
}

/** One path segment of a glob(3) pattern: `*`, `?` and `[...]` classes; a leading dot must be matched explicitly. */
export function globSegment(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(pattern.startsWith('.') ? `^${source}$` : `^(?!\\.)${source}$`);
}
