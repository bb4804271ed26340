// The syntax of each instruction: which pieces of the line are its flags, its arguments or
// its key/value pairs, checked as BuildKit checks them. No variable is expanded here.
import type { Mapped, Range } from './mapped.js';
import type { HeredocBody, HeredocRequest, LogicalLine } from './scan.js';
import {
  extractFlags,
  heredocWords,
  parseJson,
  quotedWords,
  splitCommand,
  whitespaceWords,
  type FlagWord,
} from './words.js';

export const INSTRUCTIONS = [
  'add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label',
  'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir',
] as const;
export type Command = (typeof INSTRUCTIONS)[number];

/** Instructions whose shell-form line may open heredocs. */
const HEREDOC_COMMANDS: ReadonlySet<string> = new Set(['run', 'copy', 'add']);
/** Instructions that take `--flags`; on any other, BuildKit rejects every flag. */
const FLAG_COMMANDS: ReadonlySet<string> = new Set(['from', 'run', 'copy', 'add', 'healthcheck']);

export interface Pair {
  /** The whole `key=value` word (the key and the rest of the line in the legacy `ENV key value` form). */
  word: Mapped;
  key: Mapped;
  /** Null for an ARG without a default. */
  value: Mapped | null;
}

export interface Heredoc {
  name: string;
  chomp: boolean;
  /** False when the name is quoted: the body is then taken literally. */
  expand: boolean;
  body: HeredocBody;
}

export interface Syntax {
  cmd: Command;
  keyword: Mapped;
  /** The instruction's text after the keyword, continuations joined. */
  rest: Mapped;
  /** Keyword to end of line, heredoc bodies included. */
  range: Range;
  line: number;
  endLine: number;
  flags: FlagWord[];
  /** Exec (JSON array) form. */
  json: boolean;
  /** Each argument as written; for the JSON form, each string token. */
  args: Mapped[];
  /** For the JSON form, the decoded strings. */
  jsonValues: string[];
  pairs: Pair[];
  heredocs: Heredoc[];
  trigger?: Syntax;
}

export class SyntaxError extends Error {
  constructor(
    message: string,
    readonly at: Range,
  ) {
    super(message);
  }
}

/** The heredocs a line opens, for the scanner to read their bodies (BuildKit: canContainHeredoc). */
export function heredocRequests(line: Mapped): HeredocRequest[] {
  const { keyword, rest } = splitCommand(line);
  const cmd = keyword.text.toLowerCase();
  if (cmd === 'onbuild') {
    const sub = splitCommand(rest);
    if (!HEREDOC_COMMANDS.has(sub.keyword.text.toLowerCase())) return [];
    if (parseJson(extractFlags(sub.rest).rest).kind === 'json') return [];
    return heredocWords(line.text);
  }
  if (!HEREDOC_COMMANDS.has(cmd) || parseJson(extractFlags(rest).rest).kind === 'json') return [];
  return heredocWords(line.text);
}

export function parseInstruction(logical: LogicalLine, escape: string): Syntax {
  const last = logical.heredocs[logical.heredocs.length - 1];
  const lineEnd = logical.text.range().end;
  const range = { start: logical.text.range().start, end: last ? last.range.end : lineEnd };
  const heredocs = heredocWords(logical.text.text).map((word, i) => ({ ...word, body: logical.heredocs[i]! }));
  return parse(logical.text, range, logical.line, logical.endLine, heredocs.filter((heredoc) => heredoc.body), escape, false);
}

function parse(line: Mapped, range: Range, lineNo: number, endLine: number, heredocs: Heredoc[], escape: string, inTrigger: boolean): Syntax {
  const { keyword, rest: afterKeyword } = splitCommand(line);
  const cmd = keyword.text.toLowerCase() as Command;
  if (!(INSTRUCTIONS as readonly string[]).includes(cmd)) throw new SyntaxError(`unknown instruction: ${keyword.text}`, keyword.range());
  const { flags, rest } = extractFlags(afterKeyword);
  const flagged = flags[0];
  if (flagged && !FLAG_COMMANDS.has(cmd)) throw new SyntaxError(`${cmd.toUpperCase()} does not take flags (--${flagged.name})`, flagged.raw.range());
  const syntax: Syntax = { cmd, keyword, rest, range, line: lineNo, endLine, flags, json: false, args: [], jsonValues: [], pairs: [], heredocs: [] };
  const fail = (message: string, at: Mapped = line): never => {
    throw new SyntaxError(`${cmd.toUpperCase()} ${message}`, at.range());
  };
  const json = () => {
    const parsed = parseJson(rest);
    if (parsed.kind === 'not-strings') fail('in JSON form must be an array of strings only', rest);
    if (parsed.kind !== 'json') return false;
    syntax.json = true;
    syntax.args = parsed.items.map((item) => item.raw);
    syntax.jsonValues = parsed.items.map((item) => item.value);
    return true;
  };
  switch (cmd) {
    case 'add':
    case 'copy':
    case 'volume':
      if (!json()) syntax.args = whitespaceWords(rest);
      if (cmd !== 'volume' && syntax.args.length < 2) fail('requires at least two arguments: a source and a destination');
      if (cmd === 'volume' && syntax.args.length < 1) fail('requires at least one argument');
      if (!syntax.json) syntax.heredocs = heredocs;
      break;
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      if (!json() && rest.length) syntax.args = [rest];
      if (cmd === 'shell' && !syntax.json) fail('requires the arguments to be in JSON form, e.g. SHELL ["/bin/sh", "-c"]');
      if (cmd === 'run' && !syntax.args.length) fail('requires at least one argument');
      if (cmd === 'run' && !syntax.json) syntax.heredocs = heredocs;
      break;
    case 'arg':
      syntax.pairs = quotedWords(rest, escape).map((word) => {
        const eq = word.text.indexOf('=');
        return { word, key: eq < 0 ? word : word.slice(0, eq), value: eq < 0 ? null : word.slice(eq + 1) };
      });
      if (!syntax.pairs.length) fail('requires at least one argument');
      syntax.args = syntax.pairs.map((pair) => pair.word);
      break;
    case 'env':
    case 'label':
      syntax.pairs = keyValuePairs(rest, escape, fail);
      syntax.args = syntax.pairs.map((pair) => pair.word);
      break;
    case 'expose':
    case 'from':
      syntax.args = whitespaceWords(rest);
      if (!syntax.args.length) fail('requires at least one argument');
      if (cmd === 'from' && !(syntax.args.length === 1 || (syntax.args.length === 3 && syntax.args[1]!.text.toLowerCase() === 'as'))) {
        fail('requires either one argument, or three: FROM <image> AS <name>');
      }
      break;
    case 'healthcheck': {
      const words = whitespaceWords(rest);
      const type = words[0];
      if (!type) fail('requires an argument: CMD <command> or NONE');
      const kind = type!.text.toUpperCase();
      const command = rest.slice(type!.length).trim();
      if (kind === 'NONE') {
        if (command.length || flags.length) fail('NONE takes no other arguments or flags', rest);
        syntax.args = [type!];
      } else if (kind === 'CMD') {
        if (!command.length) fail('CMD requires a command to run', type);
        const parsed = parseJson(command);
        if (parsed.kind === 'not-strings') fail('CMD in JSON form must be an array of strings only', command);
        syntax.json = parsed.kind === 'json';
        syntax.args = [type!, ...(parsed.kind === 'json' ? parsed.items.map((item) => item.raw) : [command])];
        syntax.jsonValues = parsed.kind === 'json' ? parsed.items.map((item) => item.value) : [];
      } else fail(`has an unknown type ${type!.text}: expected CMD or NONE`, type);
      break;
    }
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      if (!rest.length) fail('requires exactly one argument');
      syntax.args = [rest];
      break;
    case 'onbuild': {
      if (inTrigger) fail('cannot be chained (ONBUILD ONBUILD)');
      if (!rest.length) fail('requires an instruction to run later');
      const trigger = parse(rest, { start: rest.range().start, end: range.end }, lineNo, endLine, heredocs, escape, true);
      if (trigger.cmd === 'from' || trigger.cmd === 'maintainer') fail(`cannot trigger ${trigger.cmd.toUpperCase()}`, trigger.keyword);
      syntax.trigger = trigger;
      break;
    }
  }
  return syntax;
}

/** ENV and LABEL: `key=value ...`, or the legacy `key value` where the value is the rest of the line. */
function keyValuePairs(rest: Mapped, escape: string, fail: (message: string, at?: Mapped) => never): Pair[] {
  const words = quotedWords(rest, escape);
  const first = words[0];
  if (!first) return fail('requires at least one argument');
  if (!first.text.includes('=')) {
    const key = whitespaceWords(rest)[0]!;
    const value = rest.slice(key.length).trim();
    if (!value.length) fail(`requires a value for ${key.text} (use ${key.text}=value)`, key);
    return [{ word: rest, key, value }];
  }
  return words.map((word) => {
    const eq = word.text.indexOf('=');
    if (eq < 0) fail(`syntax error: can't find = in "${word.text}"; expected name=value`, word);
    return { word, key: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}
