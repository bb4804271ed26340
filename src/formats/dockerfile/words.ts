// How BuildKit cuts a logical instruction line into pieces (parser/split_command.go and
// parser/line_parsers.go): the keyword, leading `--flags`, and the arguments as whitespace-
// separated words, quote-aware words (ENV, LABEL, ARG), a single string, or a JSON array.
import type { Mapped } from './mapped.js';

/** Whitespace as BuildKit's reWhitespace sees it (no newlines: a logical line has none). */
const WHITESPACE = /[\t\v\f\r ]+/g;
const HEREDOC = /^(\d*)<<(-?)([^<]*)$/;

export interface FlagWord {
  name: string;
  /** The flag's value with quotes removed; null for a bare `--flag`. */
  value: string | null;
  raw: Mapped;
  /** Where the value is written (after `=`); the flag itself when bare. */
  valueRaw: Mapped;
}

export interface JsonItem {
  value: string;
  raw: Mapped;
}

export type JsonResult = { kind: 'json'; items: JsonItem[] } | { kind: 'not-json' } | { kind: 'not-strings' };

/** The keyword and the rest of the line, both trimmed. */
export function splitCommand(line: Mapped): { keyword: Mapped; rest: Mapped } {
  const text = line.trim();
  const gap = /[\t\v\f\r ]+/.exec(text.text);
  if (!gap) return { keyword: text, rest: text.slice(text.length) };
  return { keyword: text.slice(0, gap.index), rest: text.slice(gap.index + gap[0].length).trim() };
}

/**
 * Leading words that start with `--` are flags; a lone `--` ends them. Quotes group, and a
 * backslash escapes the next character, as in BuildKit's extractBuilderFlags.
 */
export function extractFlags(rest: Mapped): { flags: FlagWord[]; rest: Mapped } {
  const text = rest.text;
  const flags: FlagWord[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (!text.startsWith('--', pos)) break;
    const start = pos;
    let word = '';
    let quote = '';
    let equals = -1;
    for (; pos < text.length; pos++) {
      const ch = text[pos]!;
      if (!quote && /\s/.test(ch)) break;
      if (quote ? ch === quote : ch === '"' || ch === "'") {
        quote = quote ? '' : ch;
        continue;
      }
      if (ch === '\\' && pos + 1 < text.length) pos++;
      else if (ch === '\\') continue;
      if (!quote && text[pos] === '=' && equals < 0) equals = pos;
      word += text[pos]!;
    }
    if (word === '--') {
      return { flags, rest: rest.slice(pos).trim() };
    }
    const raw = rest.slice(start, pos);
    const cut = word.indexOf('=');
    flags.push({
      name: (cut < 0 ? word : word.slice(0, cut)).slice(2),
      value: cut < 0 ? null : word.slice(cut + 1),
      raw,
      valueRaw: equals < 0 ? raw : rest.slice(equals + 1, pos),
    });
  }
  return { flags, rest: rest.slice(pos).trim() };
}

/** Words separated by whitespace, quotes not considered (FROM, EXPOSE, shell-form COPY...). */
export function whitespaceWords(rest: Mapped): Mapped[] {
  const words: Mapped[] = [];
  let last = 0;
  for (const gap of rest.text.matchAll(WHITESPACE)) {
    if (gap.index > last) words.push(rest.slice(last, gap.index));
    last = gap.index + gap[0].length;
  }
  if (last < rest.length) words.push(rest.slice(last));
  return words;
}

/**
 * Words that may contain quoted whitespace, quotes kept for the variable lexer to remove
 * (BuildKit's parseWords, used for ENV, LABEL and ARG). The escape character escapes the
 * next character, except inside single quotes.
 */
export function quotedWords(rest: Mapped, escape: string): Mapped[] {
  const text = rest.text;
  const words: Mapped[] = [];
  let start = -1;
  let quote = '';
  for (let pos = 0; pos <= text.length; pos++) {
    const ch = text[pos];
    if (start < 0) {
      if (ch === undefined) break;
      if (/\s/.test(ch)) continue;
      start = pos;
    }
    if (ch === undefined) {
      words.push(rest.slice(start));
      break;
    }
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escape && quote !== "'") pos++;
      continue;
    }
    if (/\s/.test(ch)) {
      words.push(rest.slice(start, pos));
      start = -1;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escape) pos++;
  }
  return words;
}

/** A JSON array of strings (exec form), with where each string is written. */
export function parseJson(rest: Mapped): JsonResult {
  const text = rest.text;
  if (!text.trimStart().startsWith('[')) return { kind: 'not-json' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(parsed)) return { kind: 'not-json' };
  if (!parsed.every((item) => typeof item === 'string')) return { kind: 'not-strings' };
  // The text is a valid array of strings, so its string tokens are exactly its items, in order.
  const items: JsonItem[] = [];
  for (const token of text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    items.push({ value: parsed[items.length] as string, raw: rest.slice(token.index, token.index + token[0].length) });
  }
  return { kind: 'json', items };
}

/**
 * The heredocs an instruction line opens: words like `<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`.
 * A quoted name turns off expansion in the body. Words are split as BuildKit's heredoc scan does:
 * on whitespace outside quotes, with quotes and escapes kept.
 */
export function heredocWords(line: string): { name: string; chomp: boolean; expand: boolean }[] {
  const found: { name: string; chomp: boolean; expand: boolean }[] = [];
  for (const word of rawShellWords(line)) {
    const match = HEREDOC.exec(word);
    if (!match || !match[3]) continue;
    const name = unquote(match[3]);
    if (!name || /\s/.test(name)) continue;
    found.push({ name, chomp: match[2] === '-', expand: !/["']/.test(match[3]) });
  }
  return found;
}

function rawShellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let inWord = false;
  for (let pos = 0; pos < line.length; pos++) {
    const ch = line[pos]!;
    if (!quote && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && pos + 1 < line.length) word += line[++pos]!;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\' && pos + 1 < line.length) word += line[++pos]!;
  }
  if (inWord) words.push(word);
  return words;
}

function unquote(word: string): string {
  let out = '';
  let quote = '';
  for (let pos = 0; pos < word.length; pos++) {
    const ch = word[pos]!;
    if (quote ? ch === quote : ch === '"' || ch === "'") quote = quote ? '' : ch;
    else if (ch === '\\' && quote !== "'" && pos + 1 < word.length) out += word[++pos]!;
    else out += ch;
  }
  return out;
}
