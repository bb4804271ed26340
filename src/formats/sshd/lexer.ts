// Splits sshd_config text into directives the way sshd does: the keyword ends at whitespace or
// at one `=` (strdelim), and the arguments follow argv_split(): double or single quotes group
// words, a backslash escapes a quote, a backslash or a space, and `#` at the start of a word
// ends the line.
import { InputError } from '../types.js';

export interface Token {
  text: string;
  /** Offsets in the file's text, end exclusive, quotes included. */
  start: number;
  end: number;
}

export interface Directive {
  keyword: Token;
  args: Token[];
  /** 1-based line. */
  line: number;
}

const BLANK = new Set([' ', '\t', '\f', '\r']);

export function* directives(text: string, file: string): Generator<Directive> {
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    line++;
    const newline = text.indexOf('\n', lineStart);
    let end = newline === -1 ? text.length : newline;
    while (end > lineStart && BLANK.has(text[end - 1]!)) end--;
    const directive = parseLine(text, lineStart, end, line, file);
    if (directive) yield directive;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
}

function parseLine(text: string, start: number, end: number, line: number, file: string): Directive | undefined {
  let i = skipBlank(text, start, end);
  if (i === end || text[i] === '#') return undefined;
  const keywordStart = i;
  while (i < end && !BLANK.has(text[i]!) && text[i] !== '=') i++;
  const keyword: Token = { text: text.slice(keywordStart, i), start: keywordStart, end: i };
  i = skipBlank(text, i, end);
  if (text[i] === '=') i = skipBlank(text, i + 1, end);
  const args = splitArguments(text, i, end, line, file);
  if (!args.length) throw new InputError(file, `no argument after keyword "${keyword.text}"`, line, keywordStart - start + 1);
  return { keyword, args, line };
}

function splitArguments(text: string, from: number, end: number, line: number, file: string): Token[] {
  const args: Token[] = [];
  let i = from;
  for (;;) {
    i = skipBlank(text, i, end);
    if (i >= end || text[i] === '#') return args;
    const start = i;
    let value = '';
    let quote = '';
    for (; i < end; i++) {
      const c = text[i]!;
      const next = text[i + 1];
      if (c === '\\' && (next === '"' || next === "'" || next === '\\' || (!quote && next === ' '))) {
        value += next;
        i++;
      } else if (!quote && BLANK.has(c)) break;
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else if (quote && c === quote) quote = '';
      else value += c;
    }
    if (quote) throw new InputError(file, `unterminated ${quote === '"' ? 'double' : 'single'} quote`, line, start - lineStartOf(text, start) + 1);
    args.push({ text: value, start, end: i });
  }
}

function skipBlank(text: string, i: number, end: number): number {
  while (i < end && BLANK.has(text[i]!)) i++;
  return i;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
