// Docker's word processing for the instructions it expands itself (FROM, COPY, ENV, USER,
// WORKDIR...): quote removal, the escape character, and `$VAR` / `${VAR...}` substitution, after
// BuildKit's frontend/dockerfile/shell/lex.go. A variable whose value cannot be known statically
// (a base image's ENV, an automatic platform ARG) makes the word unresolved rather than empty.

export type Lookup = (name: string) => Binding;
export type Binding = { kind: 'set'; value: string } | { kind: 'unset' } | { kind: 'unknown' };

export interface Expanded {
  value: string;
  /** False when the value depends on a variable whose value is not known. */
  resolved: boolean;
}

export class ExpansionError extends Error {}

const EOF = '';

class WordLexer {
  private pos = 0;
  resolved = true;

  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly lookup: Lookup,
  ) {}

  private peek(): string {
    return this.text[this.pos] ?? EOF;
  }

  private next(): string {
    return this.text[this.pos++] ?? EOF;
  }

  /** Processes up to `stop` (consumed) or the end of the text. */
  word(stop = EOF): string {
    let out = '';
    for (;;) {
      const ch = this.next();
      if (ch === EOF) {
        if (stop !== EOF) throw new ExpansionError(`missing '${stop}' in variable substitution`);
        return out;
      }
      if (stop !== EOF && ch === stop) return out;
      if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === '$') out += this.dollar();
      else if (ch === this.escape) out += this.next();
      else out += ch;
    }
  }

  private singleQuoted(): string {
    const end = this.text.indexOf("'", this.pos);
    if (end < 0) throw new ExpansionError('unexpected end of statement while looking for matching single-quote');
    const out = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }

  private doubleQuoted(): string {
    let out = '';
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new ExpansionError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') return out;
      if (ch === '$') out += this.dollar();
      else if (ch === this.escape && ['"', '$', this.escape].includes(this.peek())) out += this.next();
      else out += ch;
    }
  }

  private name(): string {
    const rest = this.text.slice(this.pos);
    const match = /^(?:[0-9]+|[*#@?!$-]|[A-Za-z0-9_]+)/.exec(rest);
    const name = match ? match[0] : '';
    this.pos += name.length;
    return name;
  }

  private dollar(): string {
    if (this.peek() !== '{') {
      const name = this.name();
      return name ? this.value(name) : '$';
    }
    this.next();
    const name = this.name();
    if (!name) throw new ExpansionError('bad substitution: expected a variable name after ${');
    const binding = this.lookup(name);
    const op = this.next();
    if (op === '}') return this.value(name);
    if (op === EOF) throw new ExpansionError(`missing '}' in variable substitution of ${name}`);
    if (op === ':' || op === '-' || op === '+' || op === '?') {
      const colon = op === ':';
      const modifier = colon ? this.next() : op;
      if (!['-', '+', '?'].includes(modifier)) throw new ExpansionError(`unsupported modifier (${op}${modifier}) in substitution of ${name}`);
      const word = this.word('}');
      if (binding.kind === 'unknown') return this.unknown();
      const isSet = binding.kind === 'set' && (!colon || binding.value !== '');
      if (modifier === '-') return isSet ? (binding as { value: string }).value : word;
      if (modifier === '+') return isSet ? word : '';
      if (isSet) return (binding as { value: string }).value;
      return this.unknown(); // ${VAR:?message}: a required build argument, supplied at build time
    }
    if (op === '#' || op === '%') {
      const longest = this.peek() === op;
      if (longest) this.next();
      const pattern = this.word('}');
      if (binding.kind === 'unknown') return this.unknown();
      const value = binding.kind === 'set' ? binding.value : '';
      return trim(value, pattern, longest, op === '#');
    }
    if (op === '/') {
      const all = this.peek() === '/';
      if (all) this.next();
      const pattern = this.word('/');
      const replacement = this.word('}');
      if (binding.kind === 'unknown') return this.unknown();
      const value = binding.kind === 'set' ? binding.value : '';
      return value.replace(new RegExp(globSource(pattern), all ? 'g' : ''), () => replacement);
    }
    throw new ExpansionError(`unsupported modifier (${op}) in substitution of ${name}`);
  }

  private value(name: string): string {
    const binding = this.lookup(name);
    if (binding.kind === 'set') return binding.value;
    if (binding.kind === 'unset') return '';
    return this.unknown();
  }

  private unknown(): string {
    this.resolved = false;
    return '';
  }
}

function globSource(pattern: string): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return source;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Removes the shortest (or longest) prefix or suffix of `value` that the glob `pattern` matches. */
function trim(value: string, pattern: string, longest: boolean, prefix: boolean): string {
  const whole = new RegExp(`^${globSource(pattern)}$`);
  const lengths = [...Array(value.length + 1).keys()];
  for (const n of longest ? lengths.reverse() : lengths) {
    if (prefix ? whole.test(value.slice(0, n)) : whole.test(value.slice(value.length - n))) {
      return prefix ? value.slice(n) : value.slice(0, value.length - n);
    }
  }
  return value;
}

/** Processes one word as Docker does for the instructions it expands. Throws ExpansionError on bad syntax. */
export function expandWord(raw: string, escape: string, lookup: Lookup): Expanded {
  const lexer = new WordLexer(raw, escape, lookup);
  const value = lexer.word();
  return { value, resolved: lexer.resolved };
}

/** Whether a word refers to any variable (an unescaped `$` outside single quotes). */
export function hasVariables(raw: string, escape: string): boolean {
  let referenced = false;
  expandWord(raw, escape, () => {
    referenced = true;
    return { kind: 'unknown' };
  });
  return referenced;
}
