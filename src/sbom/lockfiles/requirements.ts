// requirements*.txt and *-requirements.txt (pip). Only exact pins (`name==1.2.3`, `===`) lock a version: every other
// requirement is reported as unpinned and left out. `-r` includes are followed; `--hash` options
// give the distribution digests. Files named for development (requirements-dev.txt,
// dev-requirements.txt, -test, -docs, -lint, -ci) hold dev dependencies. pip records no graph: the project depends on every pin.
import { posix } from 'node:path';
import { distributionHashes } from '../hashes.js';
import { newPackage, type LockfileContext, type LockfileParser, type Package } from '../model.js';
import { pypiPurl } from '../purl.js';
import { readPyproject } from './pyproject.js';

const DEV_FILE = /(^|[-_.])(dev|develop|test|tests|testing|docs|lint|ci)([-_.]|$)/i;
const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;
const PIN = /^===?\s*([A-Za-z0-9][A-Za-z0-9.!+_-]*)$/;
const IGNORED_OPTIONS = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--pre|--no-binary|--only-binary|--prefer-binary|--require-hashes|--use-feature|--no-index|-c|--constraint)\b/;

/** Logical lines: continuations joined, comments removed, each with the line it starts on. */
function logicalLines(text: string): { line: number; content: string }[] {
  const lines: { line: number; content: string }[] = [];
  let current: { line: number; content: string } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = raw.replace(/(^|\s)#.*$/, '');
    current = current ? { line: current.line, content: `${current.content} ${content}` } : { line: index + 1, content };
    if (/\\\s*$/.test(content)) current.content = current.content.replace(/\\\s*$/, '');
    else {
      if (current.content.trim()) lines.push({ line: current.line, content: current.content.trim() });
      current = undefined;
    }
  });
  if (current?.content.trim()) lines.push({ line: current.line, content: current.content.trim() });
  return lines;
}

function readRequirements(text: string, file: string, relative: string, context: LockfileContext, packages: Map<string, Package>, seen: Set<string>): void {
  const dev = DEV_FILE.test(posix.basename(relative).replace(/requirements/i, '').replace(/\.txt$/i, ''));
  for (const { line, content } of logicalLines(text)) {
    const notice = (message: string) => context.notice(relative === posix.basename(file) ? message : `${relative}: ${message}`, line);
    const include = /^(?:-r|--requirement)[=\s]\s*(\S+)/.exec(content);
    if (include) {
      const target = posix.join(posix.dirname(relative), include[1]!);
      if (seen.has(target)) continue;
      seen.add(target);
      const included = context.readSibling(target);
      if (included === undefined) notice(`included requirements file ${include[1]} not found: its requirements are not in the SBOM`);
      else readRequirements(included, file, target, context, packages, seen);
      continue;
    }
    if (IGNORED_OPTIONS.test(content)) continue;
    if (/^(-e|--editable)\b/.test(content)) {
      notice(`editable requirement '${content}' is not pinned to a version: not in the SBOM`);
      continue;
    }
    const hashes = [...content.matchAll(/--hash[=\s]\s*(\S+)/g)].map((match) => match[1]!);
    const requirement = content.replace(/\s--\S+(?:[=\s]\s*\S+)?/g, '').trim();
    const match = REQUIREMENT.exec(requirement);
    const specifier = match?.[2]!.split(';')[0]!.trim() ?? '';
    const pin = PIN.exec(specifier);
    if (!match || !pin) {
      notice(`'${requirement}' is not pinned to an exact version (name==version): not in the SBOM`);
      continue;
    }
    const pkg = newPackage({ purl: pypiPurl(match[1]!, pin[1]), name: match[1]!, version: pin[1], scope: dev ? 'dev' : 'required' });
    distributionHashes(pkg, hashes);
    const existing = packages.get(pkg.purl);
    if (!existing) packages.set(pkg.purl, pkg);
    else if (!dev) existing.scope = 'required';
  }
}

export const requirementsFile: LockfileParser = {
  name: 'requirements.txt',
  matches: (basename) => /^([\w.-]*[-_.])?requirements([-_.][\w.-]*)?\.txt$/i.test(basename),
  parse(text, file, context) {
    const packages = new Map<string, Package>();
    const name = posix.basename(file);
    readRequirements(text, file, name, context, packages, new Set([name]));
    const { root } = readPyproject(context, file);
    return { file, root, dependsOn: [...packages.keys()].sort(), packages: [...packages.values()] };
  },
};
