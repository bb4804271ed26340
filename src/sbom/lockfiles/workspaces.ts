// Workspace member directories of a monorepo, from the patterns its root manifest lists.
import { posix } from 'node:path';
import type { LockfileContext } from '../model.js';

/**
 * Workspace directories (package.json `workspaces`, Cargo.toml `workspace.members`) that hold a
 * `manifest`: literal paths and `dir/*` patterns; other globs are reported, not guessed.
 */
export function workspaceDirs(context: LockfileContext, patterns: string[], manifest = 'package.json'): string[] {
  const dirs = new Set<string>();
  for (const raw of patterns) {
    if (raw.startsWith('!')) continue;
    const pattern = posix.normalize(raw).replace(/\/+$/, '');
    if (!/[*?[{]/.test(pattern)) {
      if (context.readSibling(posix.join(pattern, manifest)) !== undefined) dirs.add(pattern);
    } else if (/^[^*?[{]*\/\*$/.test(pattern)) {
      const parent = pattern.slice(0, -2);
      for (const entry of context.listSibling(parent) ?? []) {
        if (context.readSibling(posix.join(parent, entry, manifest)) !== undefined) dirs.add(posix.join(parent, entry));
      }
    } else {
      context.notice(`workspace pattern '${raw}' is not expanded (only paths and dir/* are): its packages are not roots`);
    }
  }
  return [...dirs].sort();
}
