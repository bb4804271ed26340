// Checks a directive's arguments the way sshd would refuse them, and derives the facts rules
// compare against: numbers (times in seconds) and resolved algorithm lists.
import { InputError } from '../types.js';
import { DEFAULT_ALGORITHMS, FLAG_VALUES, type Keyword } from './keywords.js';
import type { Token } from './lexer.js';

export interface Derived {
  /** Integers, and times in seconds (LoginGraceTime 1m is 60). */
  number?: number;
  /** Algorithm lists with `+`, `-` and `^` applied to OpenSSH's default list. */
  algorithms?: string[];
}

const TIME = /^(?:\d+[smhdw]?)+$/i;
const TIME_PART = /(\d+)([smhdw]?)/gi;
const SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function derive(entry: Keyword, args: Token[], file: string, lines: (offset: number) => { line: number; column: number }): Derived {
  const fail = (token: Token, message: string): never => {
    const at = lines(token.start);
    throw new InputError(file, message, at.line, at.column);
  };
  if (entry.type === 'text') return {};
  if (entry.type === 'algorithms') return { algorithms: resolveAlgorithms(entry.name.toLowerCase(), args[0]!.text) };
  if (args.length > 1) fail(args[1]!, `${entry.name} takes one argument; sshd refuses extra arguments`);
  const value = args[0]!.text;
  switch (entry.type) {
    case 'flag':
    case 'enum': {
      const accepted = entry.type === 'flag' ? FLAG_VALUES : entry.values!;
      if (!accepted.includes(value.toLowerCase())) fail(args[0]!, `bad value "${value}" for ${entry.name}; sshd accepts ${accepted.join(', ')}`);
      return {};
    }
    case 'number':
      if (!/^\d+$/.test(value)) fail(args[0]!, `bad value "${value}" for ${entry.name}; sshd expects a whole number`);
      return { number: Number(value) };
    case 'port': {
      const port = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(port >= 1 && port <= 65535)) fail(args[0]!, `bad port "${value}"; sshd expects 1-65535`);
      return { number: port };
    }
    case 'time':
      if (!TIME.test(value)) fail(args[0]!, `bad time "${value}" for ${entry.name}; sshd expects seconds or a time like 1m30s`);
      return { number: seconds(value) };
  }
}

function seconds(value: string): number {
  let total = 0;
  for (const [, amount, unit] of value.matchAll(TIME_PART)) total += Number(amount) * SECONDS[unit!.toLowerCase()]!;
  return total;
}

/** What sshd makes of `+list` (append to the default), `-list` (remove, with wildcards), `^list` (put first) or a plain list. */
export function resolveAlgorithms(key: string, value: string): string[] {
  const defaults = key in DEFAULT_ALGORITHMS ? DEFAULT_ALGORITHMS[key as keyof typeof DEFAULT_ALGORITHMS].split(',') : [];
  const op = value[0];
  const list = (op === '+' || op === '-' || op === '^' ? value.slice(1) : value).split(',').filter(Boolean);
  if (op === '+') return [...defaults, ...list.filter((name) => !defaults.includes(name))];
  if (op === '^') return [...list, ...defaults.filter((name) => !list.includes(name))];
  if (op === '-') return defaults.filter((name) => !list.some((pattern) => wildcard(pattern).test(name)));
  return list;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
