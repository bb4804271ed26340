// A small POSIX shell reader for RUN scripts: it finds the simple commands (their words with
// quotes removed, no expansion), which commands share a pipeline, and which run inside another
// command's `$(...)`, backticks or `<(...)`. It is not a shell: it reads enough structure for
// rules to ask "is curl piped into sh?" or "does apt-get install pass --no-install-recommends?".
import { Mapped, type Range } from './mapped.js';

export interface ShellWord {
  value: string;
  range: Range;
}

export interface ShellCommand {
  /** The words as written, quotes removed; leading NAME=value assignments left out. */
  argv: ShellWord[];
  /** Commands joined by `|` share a pipeline number. */
  pipeline: number;
  /** Index of the command whose word holds this one in a substitution, or null. */
  parent: number | null;
}

export const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
const REDIRECTION = /^(\d*)(<<<|<<-|<<|<>|<&|<\(|<|>>|>&|>\||>\(|>|&>>|&>)/;
const OPERATOR = /[\s;&|<>()]/;

export function basename(program: string): string {
  return program.slice(program.lastIndexOf('/') + 1);
}

interface Node {
  words: ShellWord[];
  pipeline: number;
  parent: Node | null;
}

interface PendingHeredoc {
  delimiter: string;
  chomp: boolean;
  owner: Node;
}

class ShellReader {
  private pos = 0;
  private pending: PendingHeredoc[] = [];
  /** What ends the list being read: `)` or a backtick for substitutions, '' for the whole text. */
  private stop = '';

  constructor(
    private readonly m: Mapped,
    private readonly nodes: Node[],
    private readonly counter: { pipeline: number },
  ) {}

  private get text(): string {
    return this.m.text;
  }

  /** Reads commands up to `stop` (consumed) or the end; returns heredocs still waiting for a body. */
  list(stop: string, parent: Node | null): PendingHeredoc[] {
    this.stop = stop;
    let pipeline = this.counter.pipeline++;
    let current: Node | null = null;
    let depth = 0;
    const open = (): Node => {
      if (!current) {
        current = { words: [], pipeline, parent };
        this.nodes.push(current);
      }
      return current;
    };
    const end = (newPipeline: boolean) => {
      current = null;
      if (newPipeline) pipeline = this.counter.pipeline++;
    };
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      const next = this.text[this.pos + 1];
      if (stop && ch === stop && (stop !== ')' || depth === 0)) {
        this.pos++;
        return this.pending;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') this.pos++;
      else if (ch === '\\' && next === '\n') this.pos += 2;
      else if (ch === '\n') {
        this.pos++;
        end(true);
        this.readHeredocBodies();
      } else if (ch === '#') this.skipComment();
      else if (ch === ';') {
        this.pos += next === ';' ? 2 : 1;
        end(true);
      } else if (ch === '&' && next !== '>') {
        this.pos += next === '&' ? 2 : 1;
        end(true);
      } else if (ch === '|') {
        this.pos += next === '|' || next === '&' ? 2 : 1;
        end(next === '|');
      } else if (ch === '(') {
        this.pos++;
        depth++;
        end(true);
      } else if (ch === ')') {
        this.pos++;
        if (depth > 0) depth--;
        end(false);
      } else if (REDIRECTION.test(this.text.slice(this.pos))) this.redirection(open());
      else {
        const node = open();
        const word = this.word(node);
        const leading = node.words.length === 0;
        if (leading && (ASSIGNMENT.test(word.value) || KEYWORDS.has(word.value))) continue;
        node.words.push(word);
      }
    }
    return this.pending;
  }

  private skipComment(): void {
    const newline = this.text.indexOf('\n', this.pos);
    this.pos = newline < 0 ? this.text.length : newline;
  }

  private redirection(owner: Node): void {
    const match = REDIRECTION.exec(this.text.slice(this.pos))!;
    this.pos += match[0].length;
    const op = match[2]!;
    if (op === '<(' || op === '>(') {
      this.nested(')', owner);
      return;
    }
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
    const target = this.word(owner);
    if (op === '<<' || op === '<<-') this.pending.push({ delimiter: target.value, chomp: op === '<<-', owner });
  }

  /** Reads the bodies of heredocs opened on the line that just ended. */
  private readHeredocBodies(): void {
    const waiting = this.pending;
    this.pending = [];
    for (const heredoc of waiting) {
      const start = this.pos;
      let bodyEnd = this.text.length;
      while (this.pos < this.text.length) {
        const newline = this.text.indexOf('\n', this.pos);
        const lineEnd = newline < 0 ? this.text.length : newline;
        const line = this.text.slice(this.pos, lineEnd);
        const lineStart = this.pos;
        this.pos = newline < 0 ? this.text.length : newline + 1;
        if ((heredoc.chomp ? line.replace(/^\t+/, '') : line) === heredoc.delimiter) {
          bodyEnd = lineStart;
          break;
        }
      }
      readBody(this.m.slice(start, bodyEnd), heredoc.owner, this.nodes, this.counter);
    }
  }

  private nested(stop: string, parent: Node): void {
    const reader = new ShellReader(this.m, this.nodes, this.counter);
    reader.pos = this.pos;
    reader.list(stop, parent);
    this.pos = reader.pos;
  }

  /** A `command` substitution: its commands are read as commands of `owner`; the text is kept. */
  private backquoted(owner: Node): string {
    const from = this.pos;
    this.pos++;
    this.nested('`', owner);
    return this.text.slice(from, this.pos);
  }

  /** One word, quotes removed; substitutions inside it are read as commands of `owner`. */
  private word(owner: Node): ShellWord {
    const start = this.pos;
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      const next = this.text[this.pos + 1];
      if (OPERATOR.test(ch) || (this.stop && ch === this.stop)) break;
      if (ch === '\\') {
        if (next !== '\n' && next !== undefined) value += next;
        this.pos += 2;
      } else if (ch === "'") {
        const close = this.text.indexOf("'", this.pos + 1);
        const endQuote = close < 0 ? this.text.length : close;
        value += this.text.slice(this.pos + 1, endQuote);
        this.pos = endQuote + 1;
      } else if (ch === '"') {
        this.pos++;
        value += this.doubleQuoted(owner);
      } else if (ch === '$') value += this.dollar(owner);
      else if (ch === '`') value += this.backquoted(owner);
      else {
        value += ch;
        this.pos++;
      }
    }
    return { value, range: this.m.range(start, this.pos) };
  }

  private doubleQuoted(owner: Node): string {
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      const next = this.text[this.pos + 1];
      if (ch === '"') {
        this.pos++;
        return value;
      }
      if (ch === '\\' && next !== undefined && '$`"\\\n'.includes(next)) {
        if (next !== '\n') value += next;
        this.pos += 2;
      } else if (ch === '$') value += this.dollar(owner);
      else if (ch === '`') value += this.backquoted(owner);
      else {
        value += ch;
        this.pos++;
      }
    }
    return value;
  }

  /** `$(...)`, `$((...))`, `${...}`, `$'...'` or a plain `$NAME`, kept as written. */
  private dollar(owner: Node): string {
    const from = this.pos;
    const next = this.text[this.pos + 1];
    if (next === '(' && this.text[this.pos + 2] !== '(') {
      this.pos += 2;
      this.nested(')', owner);
    } else if (next === '(' || next === '{') {
      this.pos = this.matching(this.pos + 1);
    } else if (next === "'") {
      let i = this.pos + 2;
      while (i < this.text.length && this.text[i] !== "'") i += this.text[i] === '\\' ? 2 : 1;
      this.pos = i + 1;
      return this.text.slice(from + 2, Math.min(i, this.text.length));
    } else {
      const name = /^[A-Za-z0-9_]+|^[*#@?!$-]/.exec(this.text.slice(this.pos + 1));
      this.pos += 1 + (name ? name[0].length : 0);
    }
    return this.text.slice(from, this.pos);
  }

  /** Index just past the bracket that closes the one at `open`. */
  private matching(open: number): number {
    const close = this.text[open] === '(' ? ')' : '}';
    let depth = 0;
    for (let i = open; i < this.text.length; i++) {
      if (this.text[i] === this.text[open]) depth++;
      else if (this.text[i] === close && --depth === 0) return i + 1;
    }
    return this.text.length;
  }
}

/** A heredoc body is a script when a shell reads it, or when it is all the command there is. */
function readBody(body: Mapped, owner: Node, nodes: Node[], counter: { pipeline: number }): void {
  const program = owner.words[0] ? basename(owner.words[0].value) : undefined;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
  const interpreter = shebang ? basename(shebang[1]!) === 'env' && shebang[2] ? shebang[2] : basename(shebang[1]!) : undefined;
  const isScript = program === undefined ? interpreter === undefined || SHELLS.has(interpreter) : SHELLS.has(program);
  if (!isScript) return;
  // The body's commands run beside the shell that reads them, not inside one of its words.
  new ShellReader(body, nodes, counter).list('', owner.parent);
}

/**
 * The simple commands of a script, in source order. `heredocs` are bodies that the Dockerfile
 * itself read after the instruction line (RUN <<EOF), matched in order to the `<<` in the script.
 */
export function parseShell(script: Mapped, heredocs: readonly Mapped[] = []): ShellCommand[] {
  const nodes: Node[] = [];
  const counter = { pipeline: 0 };
  const waiting = new ShellReader(script, nodes, counter).list('', null);
  waiting.forEach((heredoc, i) => {
    const body = heredocs[i];
    if (body) readBody(body, heredoc.owner, nodes, counter);
  });
  const kept = nodes.filter((node) => node.words.length > 0);
  const index = new Map(kept.map((node, i) => [node, i]));
  const keptParent = (node: Node | null): number | null => {
    for (let p = node; p; p = p.parent) if (index.has(p)) return index.get(p)!;
    return null;
  };
  const pipelines = new Map<number, number>();
  return kept.map((node) => {
    if (!pipelines.has(node.pipeline)) pipelines.set(node.pipeline, pipelines.size);
    return { argv: node.words, pipeline: pipelines.get(node.pipeline)!, parent: keptParent(node.parent) };
  });
}
