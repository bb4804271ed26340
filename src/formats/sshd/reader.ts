// Reads an sshd configuration with sshd's semantics into the document rules see:
//   global   keyword -> Setting: the first value obtained wins (list keywords accumulate), then
//            OpenSSH's compiled-in defaults fill what is missing, marked `default: true`;
//   matches  one entry per Match block with the settings it makes, scoped to that block: a
//            keyword after Match never changes the global value.
// Include directives are followed inside the scanned tree; an included file's Match blocks end
// with that file, as in sshd. Every value keeps where it came from, so a finding can point at it.
import { dirname, normalize } from 'node:path';
import { LineIndex, pathKey } from '../source.js';
import { InputError, type DocPath, type ParseContext, type Span } from '../types.js';
import { keyword, WITH_DEFAULTS, type Keyword } from './keywords.js';
import { directives, type Directive, type Token } from './lexer.js';
import { resolveInclude } from './include.js';
import { derive, type Derived } from './values.js';

/** sshd gives up beyond this depth of nested Include (READCONF_MAX_DEPTH). */
const MAX_INCLUDE_DEPTH = 16;

export interface Setting extends Derived {
  /** The keyword as written (its canonical spelling for a default). */
  keyword: string;
  /** The arguments joined by single spaces. */
  value: string;
  args: string[];
  /** True when the configuration does not set the keyword and this is OpenSSH's compiled-in value. */
  default: boolean;
  /** The file the value was read from, when it is not the file being checked (an Include'd file). */
  file?: string;
}

export interface MatchBlock {
  /** The Match criteria, e.g. "User alice Address 10.0.0.0/8"; nested (Match in an Include'd file inside a Match) joined by " ". */
  criteria: string;
  settings: Record<string, Setting>;
}

export interface SshdDocument {
  /** "sshd_config", or "sshd -T" for the effective configuration sshd printed. */
  source: 'sshd_config' | 'sshd -T';
  /** False for a drop-in evaluated on its own: what it leaves out is unknown, not default. */
  complete: boolean;
  global: Record<string, Setting>;
  matches: MatchBlock[];
  /** Files read through Include, as reported to the user. */
  included: string[];
  /** Keywords this version of policygate does not know (kept, never judged). */
  unknownKeywords: string[];
}

/** Where a value lives: its own span, and the chain of Include lines that led to its file. */
export interface Origin {
  file: string;
  span: Span;
  text: string;
  /** Include directives from the checked file down to `file`; empty for the checked file itself. */
  via: Origin[];
}

export interface ReadOptions {
  source: SshdDocument['source'];
  /** Fill in OpenSSH's defaults for keywords the configuration leaves out. */
  defaults: boolean;
  complete: boolean;
}

interface FileFrame {
  /** As reported to the user, and as ParseContext resolves it. */
  path: string;
  lines: LineIndex;
  via: Origin[];
}

export class ConfigReader {
  readonly document: SshdDocument;
  readonly origins = new Map<string, Origin>();
  private readonly configDir: string;

  constructor(
    private readonly file: string,
    private readonly context: ParseContext,
    private readonly options: ReadOptions,
  ) {
    this.document = { source: options.source, complete: options.complete, global: {}, matches: [], included: [], unknownKeywords: [] };
    this.configDir = dirname(file);
  }

  read(text: string): SshdDocument {
    const lines = new LineIndex(text);
    this.origins.set(pathKey([]), { file: this.file, span: lines.span(0, Math.max(0, text.indexOf('\n'))), text: '', via: [] });
    this.readFile(text, { path: this.file, lines, via: [] }, undefined, [normalize(this.file)]);
    if (this.options.defaults) this.fillDefaults();
    return this.document;
  }

  /** Reads one file's directives; `scope` is the Match block the file was included from, if any. */
  private readFile(text: string, frame: FileFrame, scope: MatchBlock | undefined, stack: string[]): void {
    let block = scope;
    for (const directive of directives(text, frame.path)) {
      const spelling = directive.keyword.text.toLowerCase();
      if (spelling === 'match') block = this.openMatch(directive, frame, scope);
      else if (spelling === 'include') this.include(directive, frame, block, stack);
      else this.set(directive, frame, block);
    }
  }

  private openMatch(directive: Directive, frame: FileFrame, scope: MatchBlock | undefined): MatchBlock {
    const criteria = directive.args.map((arg) => arg.text).join(' ');
    const block: MatchBlock = { criteria: scope ? `${scope.criteria} ${criteria}` : criteria, settings: {} };
    this.origins.set(pathKey(['matches', this.document.matches.length]), this.origin(directive, frame));
    this.document.matches.push(block);
    return block;
  }

  private include(directive: Directive, frame: FileFrame, block: MatchBlock | undefined, stack: string[]): void {
    const at = frame.lines.position(directive.keyword.start);
    const fail = (message: string): never => {
      throw new InputError(frame.path, message, at.line, at.column);
    };
    if (stack.length > MAX_INCLUDE_DEPTH) fail(`Include nested more than ${MAX_INCLUDE_DEPTH} deep`);
    for (const arg of directive.args) {
      const resolved = resolveInclude(arg.text, this.configDir, this.context);
      if ('problem' in resolved) return fail(resolved.problem);
      for (const path of resolved.files) {
        if (stack.includes(path)) fail(`Include loop: ${[...stack, path].join(' -> ')}`);
        let text: string;
        try {
          text = this.context.readFile(path, frame.path);
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }
        this.document.included.push(path);
        const via = [...frame.via, this.origin(directive, frame)];
        this.readFile(text!, { path, lines: new LineIndex(text!), via }, block, [...stack, path]);
      }
    }
  }

  private set(directive: Directive, frame: FileFrame, block: MatchBlock | undefined): void {
    const entry = keyword(directive.keyword.text);
    const key = entry ? entry.name.toLowerCase() : directive.keyword.text.toLowerCase();
    if (!entry && !this.document.unknownKeywords.includes(directive.keyword.text)) this.document.unknownKeywords.push(directive.keyword.text);
    if (block && entry && !entry.inMatch) {
      const at = frame.lines.position(directive.keyword.start);
      throw new InputError(frame.path, `${entry.name} is not allowed inside a Match block (sshd refuses to start)`, at.line, at.column);
    }
    const derived = entry ? derive(entry, directive.args, frame.path, (offset) => frame.lines.position(offset)) : {};
    const settings = block ? block.settings : this.document.global;
    const base: DocPath = block ? ['matches', this.document.matches.indexOf(block), 'settings', key] : ['global', key];
    const existing = settings[key];
    if (existing && !entry?.accumulates) return; // sshd keeps the first value obtained
    const args = directive.args.map((arg) => arg.text);
    if (existing) {
      directive.args.forEach((arg, i) => this.origins.set(pathKey([...base, 'args', existing.args.length + i]), this.origin(directive, frame, arg)));
      existing.args.push(...args);
      existing.value = existing.args.join(' ');
      return;
    }
    settings[key] = {
      // sshd -T prints keywords in lower case; messages read better with the manual's spelling
      keyword: entry && this.options.source === 'sshd -T' ? entry.name : directive.keyword.text,
      value: args.join(' '),
      args,
      default: false,
      ...(frame.via.length ? { file: frame.path } : {}),
      ...derived,
    };
    this.origins.set(pathKey(base), this.origin(directive, frame));
    directive.args.forEach((arg, i) => this.origins.set(pathKey([...base, 'args', i]), this.origin(directive, frame, arg)));
  }

  private fillDefaults(): void {
    for (const entry of WITH_DEFAULTS) {
      const key = entry.name.toLowerCase();
      if (this.document.global[key]) continue;
      const value = entry.default!;
      const args = entry.type === 'text' ? value.split(' ') : [value];
      this.document.global[key] = { keyword: entry.name, value, args, default: true, ...defaultFacts(entry, value) };
    }
  }

  private origin(directive: Directive, frame: FileFrame, token?: Token): Origin {
    const last = directive.args[directive.args.length - 1]!;
    const span = token ? frame.lines.span(token.start, token.end) : frame.lines.span(directive.keyword.start, last.end);
    const text = `${directive.keyword.text} ${directive.args.map((arg) => arg.text).join(' ')}`;
    return { file: frame.path, span, text, via: frame.via };
  }
}

function defaultFacts(entry: Keyword, value: string): Derived {
  const token: Token = { text: value, start: 0, end: value.length };
  return derive(entry, [token], '(defaults)', () => ({ line: 1, column: 1 }));
}
