// .gitignore semantics, enough for scanning: per-directory files, negation, anchoring,
// directory-only patterns, `*`, `**`, `?` and character classes.

interface Pattern {
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

export class IgnoreRules {
  private constructor(private readonly patterns: readonly Pattern[]) {}

  static empty = new IgnoreRules([]);

  /** Adds the rules of a .gitignore found in `base` (a path relative to the scan root, '' for the root). */
  extend(text: string, base: string): IgnoreRules {
    const added = text
      .split(/\r?\n/)
      .map((line) => line.replace(/(?<!\\)\s+$/, ''))
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => compile(line, base));
    return added.length ? new IgnoreRules([...this.patterns, ...added]) : this;
  }

  /** `path` is relative to the scan root, with forward slashes. The last matching pattern decides. */
  ignores(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const pattern of this.patterns) {
      if (pattern.directoryOnly && !isDirectory) continue;
      if (pattern.regex.test(path)) ignored = !pattern.negate;
    }
    return ignored;
  }
}

function compile(line: string, base: string): Pattern {
  let pattern = line;
  const negate = pattern.startsWith('!');
  if (negate) pattern = pattern.slice(1);
  pattern = pattern.replace(/^\\([#!])/, '$1');
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  // A pattern with a slash (other than a trailing one) is anchored to its .gitignore's directory.
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  const prefix = base ? `${escape(base)}/` : '';
  const body = translate(pattern);
  const regex = new RegExp(`^${prefix}${anchored ? '' : '(?:.*/)?'}${body}$`);
  return { regex, negate, directoryOnly };
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      out += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) out += escape(glob[++i]!);
    else out += escape(c);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
