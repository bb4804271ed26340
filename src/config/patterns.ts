// The two kinds of pattern the config file uses: .gitignore-style patterns for paths, so that
// users write what they already know, and `*` wildcards for rule ids and resource ids.
import { relative, resolve, sep } from 'node:path';
import { IgnoreRules } from '../discover/gitignore.js';

/** Matches reported file paths against .gitignore-style patterns relative to `base` (a directory). */
export class PathPatterns {
  private readonly rules: IgnoreRules;

  constructor(
    readonly patterns: readonly string[],
    private readonly base: string,
  ) {
    this.rules = IgnoreRules.empty.extend(patterns.join('\n'), '');
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /**
   * Whether the file (as reported, relative to `cwd`) or one of its directories matches,
   * as git would decide when walking: `build/` matches every file below build.
   */
  matches(file: string, cwd: string): boolean {
    const path = relative(this.base, resolve(cwd, file)).split(sep).join('/');
    if (!path || path.startsWith('../')) return false;
    const parts = path.split('/');
    return parts.some((_, i) => this.rules.ignores(parts.slice(0, i + 1).join('/'), i < parts.length - 1));
  }
}

/** `*` matches any run of characters. */
export function wildcard(pattern: string, { ignoreCase = false } = {}): (value: string) => boolean {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
  return (value) => regex.test(value);
}

/** Rule ids match ignoring case, as `policy explain` does. */
export function ruleIds(patterns: readonly string[]): (id: string) => boolean {
  const matchers = patterns.map((pattern) => wildcard(pattern, { ignoreCase: true }));
  return (id) => matchers.some((matches) => matches(id));
}
