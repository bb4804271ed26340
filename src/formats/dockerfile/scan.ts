// Splits a Dockerfile into parser directives and logical instruction lines, the way BuildKit's
// parser does (frontend/dockerfile/parser/parser.go): leading whitespace is ignored, lines
// starting with `#` are comments, the escape character at the end of a line continues the
// instruction (comment and blank lines inside a continuation are skipped), and heredoc bodies
// follow the line that opens them.
import { InputError } from '../types.js';
import { Mapped, type Range } from './mapped.js';

export const DIRECTIVES = ['syntax', 'escape', 'check'] as const;
export type DirectiveName = (typeof DIRECTIVES)[number];

export interface Directive {
  name: DirectiveName;
  value: string;
  line: number;
  range: Range;
}

/** A heredoc the opening line asks for: `<<NAME` or, with `chomp`, `<<-NAME`. */
export interface HeredocRequest {
  name: string;
  chomp: boolean;
}

export interface HeredocBody {
  /** The body's lines, each with its newline, as written (leading tabs not yet removed). */
  content: Mapped;
  /** Lines of the body and of its terminator. */
  startLine: number;
  endLine: number;
  /** From the first body line to the end of the terminator. */
  range: Range;
}

export interface LogicalLine {
  /** The instruction with continuations joined and leading whitespace removed. */
  text: Mapped;
  line: number;
  /** Last line of the instruction, heredoc bodies included. */
  endLine: number;
  heredocs: HeredocBody[];
}

export interface Scanned {
  directives: Directive[];
  escape: string;
  lines: LogicalLine[];
}

interface PhysicalLine {
  text: string;
  start: number;
  /** 1-based. */
  number: number;
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const BOM = '\uFEFF';

function physicalLines(source: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = source.startsWith(BOM) ? 1 : 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const text = source.slice(start, end).replace(/\r$/, '');
    if (newline !== -1 || text.length) lines.push({ text, start, number: lines.length + 1 });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const isComment = (text: string) => text.trimStart().startsWith('#');
const isBlank = (text: string) => text.trim() === '';

/** Removes the continuation escape at the end of a line; `continued` tells whether there was one. */
function trimContinuation(text: Mapped, escape: string): { text: Mapped; continued: boolean } {
  const e = escape === '\\' ? '\\\\' : escape;
  const match = new RegExp(`(?:([^${e}])|^)${e}[ \\t]*$`).exec(text.text);
  if (!match) return { text, continued: false };
  return { text: text.slice(0, match.index + (match[1] ? 1 : 0)), continued: true };
}

class DirectiveReader {
  readonly directives: Directive[] = [];
  escape = '\\';
  private done = false;

  constructor(private readonly file: string) {}

  /** Reads a line at the top of the file; the first line that is not a directive ends the directives. */
  read(line: PhysicalLine): void {
    if (this.done) return;
    const trimmed = line.text.trimStart();
    const match = trimmed.startsWith('#') ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null;
    const name = match?.[1]!.toLowerCase();
    if (!match || !(DIRECTIVES as readonly string[]).includes(name!)) {
      this.done = true;
      return;
    }
    const value = match[2]!;
    if (this.directives.some((directive) => directive.name === name)) {
      throw new InputError(this.file, `only one ${name} parser directive can be used`, line.number, 1);
    }
    if (name === 'escape') {
      if (value !== '\\' && value !== '`') {
        throw new InputError(this.file, `invalid escape token '${value}' does not match \` or \\`, line.number, 1);
      }
      this.escape = value;
    }
    const indent = line.text.length - trimmed.length;
    this.directives.push({
      name: name as DirectiveName,
      value,
      line: line.number,
      range: { start: line.start + indent, end: line.start + line.text.trimEnd().length },
    });
  }
}

export function scan(source: string, file: string, heredocsOf: (line: Mapped, escape: string) => HeredocRequest[]): Scanned {
  const physical = physicalLines(source);
  const reader = new DirectiveReader(file);
  const lines: LogicalLine[] = [];
  let i = 0;
  while (i < physical.length) {
    const first = physical[i++]!;
    reader.read(first);
    if (isComment(first.text) || isBlank(first.text)) continue;
    const indent = first.text.length - first.text.trimStart().length;
    let { text, continued } = trimContinuation(Mapped.at(first.text.slice(indent), first.start + indent), reader.escape);
    const pieces = [text];
    let last = first;
    while (continued && i < physical.length) {
      const next = physical[i++]!;
      last = next;
      if (isComment(next.text) || isBlank(next.text)) continue;
      ({ text, continued } = trimContinuation(Mapped.at(next.text, next.start), reader.escape));
      pieces.push(text);
    }
    const logical: LogicalLine = { text: Mapped.join(pieces), line: first.number, endLine: last.number, heredocs: [] };
    if (!logical.text.text.trim()) continue; // a lone continuation character
    for (const request of heredocsOf(logical.text, reader.escape)) {
      const body: PhysicalLine[] = [];
      let terminated = false;
      while (i < physical.length) {
        const next = physical[i++]!;
        const candidate = request.chomp ? next.text.replace(/^\t+/, '') : next.text;
        if (candidate === request.name) {
          terminated = true;
          logical.heredocs.push({
            content: Mapped.join(body.map((line) => Mapped.at(`${line.text}\n`, line.start))),
            startLine: body[0]?.number ?? next.number,
            endLine: next.number,
            range: { start: (body[0] ?? next).start, end: next.start + next.text.length },
          });
          logical.endLine = next.number;
          break;
        }
        body.push(next);
      }
      if (!terminated) {
        throw new InputError(file, `unterminated heredoc <<${request.name}: no line "${request.name}" closes it`, first.number, indent + 1);
      }
    }
    lines.push(logical);
  }
  return { directives: reader.directives, escape: reader.escape, lines };
}
