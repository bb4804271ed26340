// The ARM template expression language: a string "[...]" holds one expression made of function
// calls, single-quoted strings ('' escapes a quote), integers, property access (.name) and
// indexing ([expr]). "[[" at the start escapes a literal bracket.

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; start: number; end: number }
  | { kind: 'call'; name: string; args: Expr[]; start: number; end: number }
  | { kind: 'member'; target: Expr; name: string; start: number; end: number }
  | { kind: 'index'; target: Expr; index: Expr; start: number; end: number };

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

/** Whether a template string is an expression (rather than a literal). */
export function isExpression(value: string): boolean {
  return value.length >= 2 && value.startsWith('[') && value.endsWith(']') && !value.startsWith('[[');
}

/** The literal a non-expression string stands for: "[[x]" is the text "[x]". */
export function unescapeLiteral(value: string): string {
  return value.startsWith('[[') ? value.slice(1) : value;
}

const cache = new Map<string, Expr>();

/** Parses the body of "[...]" (the text without its brackets). Results are cached by text. */
export function parseExpression(text: string): Expr {
  let expr = cache.get(text);
  if (!expr) {
    expr = new Parser(text).parse();
    if (cache.size > 10_000) cache.clear();
    cache.set(text, expr);
  }
  return expr;
}

class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  parse(): Expr {
    const expr = this.expression();
    this.space();
    if (this.at < this.text.length) throw new ExpressionError(`unexpected '${this.text[this.at]}'`, this.at);
    return expr;
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private expression(): Expr {
    let expr = this.primary();
    for (;;) {
      this.space();
      const c = this.text[this.at];
      if (c === '.') {
        this.at++;
        this.space();
        const name = this.identifier();
        expr = { kind: 'member', target: expr, name, start: expr.start, end: this.at };
      } else if (c === '[') {
        this.at++;
        const index = this.expression();
        this.expect(']');
        expr = { kind: 'index', target: expr, index, start: expr.start, end: this.at };
      } else return expr;
    }
  }

  private primary(): Expr {
    this.space();
    const start = this.at;
    const c = this.text[this.at];
    if (c === undefined) throw new ExpressionError('expression ends too early', this.at);
    if (c === "'") return { kind: 'literal', value: this.string(), start, end: this.at };
    if (/[-0-9]/.test(c)) {
      const match = /^-?\d+/.exec(this.text.slice(this.at));
      if (!match) throw new ExpressionError(`invalid number`, this.at);
      this.at += match[0].length;
      return { kind: 'literal', value: Number(match[0]), start, end: this.at };
    }
    let name = this.identifier();
    this.space();
    if (this.text[this.at] === '.') {
      // "namespace.function(" names a user-defined function; anything else is a syntax error here.
      const save = this.at;
      this.at++;
      this.space();
      const member = this.identifier();
      this.space();
      if (this.text[this.at] !== '(') throw new ExpressionError(`'${name}' must be a function call`, save);
      name = `${name}.${member}`;
    }
    if (this.text[this.at] !== '(') {
      const lower = name.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', start, end: this.at };
      if (lower === 'null') return { kind: 'literal', value: null, start, end: this.at };
      throw new ExpressionError(`'${name}' must be a function call`, start);
    }
    this.at++;
    const args: Expr[] = [];
    this.space();
    if (this.text[this.at] === ')') this.at++;
    else {
      for (;;) {
        args.push(this.expression());
        this.space();
        const next = this.text[this.at];
        this.at++;
        if (next === ')') break;
        if (next !== ',') throw new ExpressionError(`expected ',' or ')' in the arguments of ${name}()`, this.at - 1);
      }
    }
    return { kind: 'call', name, args, start, end: this.at };
  }

  private identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (!match) throw new ExpressionError(this.at < this.text.length ? `unexpected '${this.text[this.at]}'` : 'expression ends too early', this.at);
    this.at += match[0].length;
    return match[0];
  }

  private string(): string {
    let out = '';
    this.at++;
    for (;;) {
      const end = this.text.indexOf("'", this.at);
      if (end === -1) throw new ExpressionError('unterminated string', this.at);
      out += this.text.slice(this.at, end);
      this.at = end + 1;
      if (this.text[this.at] !== "'") return out;
      out += "'";
      this.at++;
    }
  }

  private expect(c: string): void {
    this.space();
    if (this.text[this.at] !== c) throw new ExpressionError(`expected '${c}'`, this.at);
    this.at++;
  }
}
