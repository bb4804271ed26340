// A scanned tree on disk for parser tests: files written to a temporary directory, and the
// ParseContext the pipeline would hand a format for it (paths relative to that directory).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError, type Format, type ParseContext, type ParsedDocument } from '../../src/formats/types.js';

export interface Tree {
  dir: string;
  context: ParseContext;
  /** Parses `file` (relative to the tree) with `format`, as the pipeline would. */
  parse(format: Format, file: string): ParsedDocument[];
}

export function tree(files: Record<string, string>, root = '.'): Tree {
  const dir = mkdtempSync(join(tmpdir(), 'policygate-hosts-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const rootDir = resolve(dir, root);
  const context: ParseContext = {
    cwd: process.cwd(),
    root: rootDir,
    options: {},
    readFile(path, from) {
      const absolute = resolve(dir, path);
      const inside = relative(rootDir, absolute);
      if (inside.startsWith('..') || inside.startsWith(sep)) throw new InputError(from, `${path} is outside the scanned tree (${rootDir})`);
      if (!existsSync(absolute)) throw new InputError(from, `${path} does not exist`);
      return readFileSync(absolute, 'utf8');
    },
    listDir(path) {
      const absolute = resolve(dir, path);
      return existsSync(absolute) && statSync(absolute).isDirectory() ? readdirSync(absolute).sort() : undefined;
    },
  };
  return {
    dir,
    context,
    parse: (format, file) => format.parse(readFileSync(join(dir, file), 'utf8'), file, context),
  };
}
