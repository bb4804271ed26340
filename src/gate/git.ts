// The git side of `policy check --base <ref>`: which files changed between a ref and the working
// tree, and the ref's version of them. git runs through execFile with argument lists, never a
// shell, and refs are resolved to a commit before anything else sees them.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GateError } from './error.js';

/** git's output is read in batches of at most this many bytes of file content. */
const BATCH_BYTES = 32 * 1024 * 1024;

function git(args: string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: BATCH_BYTES * 2 + 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.toString('utf8').trim() || error.message;
        reject(new GateError(`git ${args[0]}: ${detail}`));
      } else resolve(stdout);
    });
    // A git that exits without reading its input (a failed rev-parse) must not crash the run:
    // the exit status above says what happened.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}

const text = async (args: string[], cwd: string) => (await git(args, cwd)).toString('utf8');

export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await text(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch {
    throw new GateError(`--base needs a git repository, and ${cwd} is not in one`);
  }
}

export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-')) throw new GateError(`--base ${JSON.stringify(ref)} is not a git ref`);
  try {
    return (await text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root)).trim();
  } catch {
    throw new GateError(`--base ${ref}: no such commit, branch or tag in this repository (in CI, fetch it first, e.g. fetch-depth: 0)`);
  }
}

export interface Change {
  /** Path in the working tree, relative to the repository root; undefined when the file was deleted. */
  path?: string;
  /** Path at the base commit; undefined when the file is new. */
  basePath?: string;
}

/** Files that differ between the commit and the working tree (staged or not), and untracked files. */
export async function changedFiles(root: string, commit: string): Promise<Change[]> {
  const fields = (await text(['diff', '--name-status', '-z', '-M', '--no-ext-diff', commit, '--'], root)).split('\0');
  const changes: Change[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++]![0];
    const first = fields[i++]!;
    if (status === 'R' || status === 'C') {
      const second = fields[i++]!;
      changes.push(status === 'R' ? { basePath: first, path: second } : { path: second });
    } else if (status === 'A') changes.push({ path: first });
    else if (status === 'D') changes.push({ basePath: first });
    else changes.push({ path: first, basePath: first });
  }
  const untracked = (await text(['ls-files', '--others', '--exclude-standard', '-z'], root)).split('\0').filter(Boolean);
  return [...changes, ...untracked.map((path) => ({ path }))];
}

interface TreeEntry {
  oid: string;
  size: number;
  path: string;
}

/**
 * Writes the commit's version of the files under `pathspecs` (relative to the root) into
 * `target`, and each renamed file's old content at its new path too, so that findings on both
 * sides carry the same file name and fingerprint.
 */
export async function materialize(root: string, commit: string, pathspecs: string[], renames: { from: string; to: string }[], target: string): Promise<void> {
  const whole = pathspecs.some((path) => path === '' || path === '.');
  const tree = await listTree(root, commit, whole ? [] : [...pathspecs, ...renames.map((rename) => rename.from)]);
  const byPath = new Map(tree.map((entry) => [entry.path, entry]));
  const writes = new Map<string, TreeEntry>(tree.map((entry) => [entry.path, entry]));
  for (const rename of renames) {
    const entry = byPath.get(rename.from);
    if (entry) writes.set(rename.to, entry);
  }
  const jobs = [...writes].map(([path, entry]) => ({ path, entry }));
  for (let start = 0; start < jobs.length; ) {
    let bytes = 0;
    let end = start;
    while (end < jobs.length && (end === start || bytes + jobs[end]!.entry.size <= BATCH_BYTES)) bytes += jobs[end++]!.entry.size;
    const batch = jobs.slice(start, end);
    const contents = await catBlobs(root, batch.map((job) => job.entry.oid));
    batch.forEach((job, i) => {
      const file = join(target, ...job.path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents[i]!);
    });
    start = end;
  }
}

async function listTree(root: string, commit: string, pathspecs: string[]): Promise<TreeEntry[]> {
  const output = await text(['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', ...pathspecs.map(literal)], root);
  return output
    .split('\0')
    .filter(Boolean)
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid, size] = line.slice(0, tab).split(/\s+/);
      // Regular files only: symbolic links and submodules have no content to check.
      if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) return [];
      return [{ oid: oid!, size: Number(size), path: line.slice(tab + 1) }];
    });
}

/** A pathspec that means exactly this path, not a glob. */
function literal(path: string): string {
  return `:(top,literal)${path}`;
}

/** Reads blobs through one `git cat-file --batch` process; returns their contents in order. */
async function catBlobs(root: string, oids: string[]): Promise<Buffer[]> {
  const output = await git(['cat-file', '--batch'], root, oids.map((oid) => `${oid}\n`).join(''));
  const contents: Buffer[] = [];
  let offset = 0;
  for (const oid of oids) {
    const newline = output.indexOf(10, offset);
    const header = output.toString('utf8', offset, newline).split(' ');
    if (header[1] !== 'blob') throw new GateError(`git cat-file: ${oid} is ${header[1] ?? 'unreadable'}`);
    const size = Number(header[2]);
    contents.push(output.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return contents;
}
