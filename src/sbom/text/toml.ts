// A TOML 1.0 reader for lockfiles and manifests (Cargo.lock, poetry.lock, pyproject.toml,
// Cargo.toml). Values only, no positions beyond the line of an error. Dates stay strings.
import { InputError } from '../../formats/types.js';

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

/** Tables created by a header or a dotted key may not be redefined by a later header. */
const DEFINED = Symbol('defined');
type Table = TomlTable & { [DEFINED]?: true };

export function parseToml(text: string, file: string): TomlTable {
  return new TomlReader(text, file).document();
}

class TomlReader {
  private pos = 0;
  private readonly root: Table = {};
  /** Inline tables and arrays are closed: they cannot be extended by later lines. */
  private readonly frozen = new WeakSet<object>();

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  document(): TomlTable {
    let table = this.root;
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.text.length) return this.root;
      if (this.text.startsWith('[[', this.pos)) {
        this.pos += 2;
        const path = this.key(']');
        this.expect(']]');
        table = this.arrayTable(path);
      } else if (this.text[this.pos] === '[') {
        this.pos++;
        const path = this.key(']');
        this.expect(']');
        table = this.headerTable(path);
      } else {
        this.keyValue(table);
      }
      this.endOfLine();
    }
  }

  private fail(message: string, at = this.pos): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    throw new InputError(this.file, `invalid TOML: ${message}`, line, at - before.lastIndexOf('\n'));
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected '${token}'`);
    this.pos += token.length;
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  private skipComment(): void {
    if (this.text[this.pos] === '#') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
  }

  /** Spaces, comments and newlines, as between top-level lines and inside arrays. */
  private skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      this.skipComment();
      if (this.text[this.pos] === '\n') this.pos++;
      else if (this.text.startsWith('\r\n', this.pos)) this.pos += 2;
      else return;
    }
  }

  private endOfLine(): void {
    this.skipSpaces();
    this.skipComment();
    if (this.pos < this.text.length && this.text[this.pos] !== '\n' && !this.text.startsWith('\r\n', this.pos)) this.fail('expected the end of the line');
  }

  private key(terminator: string): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (this.pos < this.text.length && BARE_KEY.test(this.text[this.pos]!)) this.pos++;
        if (start === this.pos) this.fail('expected a key');
        parts.push(this.text.slice(start, this.pos));
      }
      this.skipSpaces();
      if (this.text[this.pos] !== '.') break;
      this.pos++;
    }
    if (this.text[this.pos] !== terminator) this.fail(`expected '${terminator}' after the key`);
    return parts;
  }

  /** Walks (and creates) the tables along a dotted path; the last element of an array of tables stands for the array. */
  private descend(from: Table, path: string[], start: number): Table {
    let table = from;
    for (const part of path) {
      const next = table[part];
      if (next === undefined) table = table[part] = {};
      else if (Array.isArray(next) && !this.frozen.has(next) && isTable(next[next.length - 1])) table = next[next.length - 1] as Table;
      else if (isTable(next) && !this.frozen.has(next)) table = next;
      else this.fail(`key '${path.join('.')}' is already defined`, start);
    }
    return table;
  }

  private headerTable(path: string[]): Table {
    const start = this.pos;
    const table = this.descend(this.root, path, start);
    if (table[DEFINED]) this.fail(`table [${path.join('.')}] is defined twice`, start);
    table[DEFINED] = true;
    return table;
  }

  private arrayTable(path: string[]): Table {
    const parent = this.descend(this.root, path.slice(0, -1), this.pos);
    const last = path[path.length - 1]!;
    const existing = parent[last] ?? (parent[last] = []);
    if (!Array.isArray(existing) || this.frozen.has(existing)) this.fail(`key '${path.join('.')}' is not an array of tables`);
    const table: Table = { [DEFINED]: true };
    existing.push(table);
    return table;
  }

  private keyValue(table: Table): void {
    const start = this.pos;
    const path = this.key('=');
    this.pos++;
    this.skipSpaces();
    const value = this.value();
    const parent = this.descend(table, path.slice(0, -1), start);
    const last = path[path.length - 1]!;
    if (last in parent) this.fail(`key '${path.join('.')}' is defined twice`, start);
    parent[last] = value;
  }

  private value(): TomlValue {
    const c = this.text[this.pos];
    if (c === '"') return this.text.startsWith('"""', this.pos) ? this.multilineBasic() : this.basicString();
    if (c === "'") return this.text.startsWith("'''", this.pos) ? this.multilineLiteral() : this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    if (this.text.startsWith('true', this.pos) && !BARE_KEY.test(this.text[this.pos + 4] ?? '')) return (this.pos += 4), true;
    if (this.text.startsWith('false', this.pos) && !BARE_KEY.test(this.text[this.pos + 5] ?? '')) return (this.pos += 5), false;
    return this.scalar();
  }

  /** Numbers, and dates and times, which stay strings. */
  private scalar(): TomlValue {
    const match = /^[0-9A-Za-z_+\-.:]+(?:[ T][0-9][0-9:.+\-Z]*)?/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!match) this.fail('expected a value');
    const raw = match[0].trimEnd();
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(raw)) return (this.pos += raw.length), raw;
    const token = /^[0-9A-Za-z_+\-.]+/.exec(raw)![0];
    const plain = token.replace(/_/g, '');
    let value: number;
    if (/^[+-]?(inf|nan)$/.test(token)) value = token.endsWith('nan') ? NaN : token.startsWith('-') ? -Infinity : Infinity;
    else if (/^0x[0-9a-fA-F_]+$/.test(token)) value = parseInt(plain.slice(2), 16);
    else if (/^0o[0-7_]+$/.test(token)) value = parseInt(plain.slice(2), 8);
    else if (/^0b[01_]+$/.test(token)) value = parseInt(plain.slice(2), 2);
    else if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(token)) value = Number(plain);
    else this.fail(`'${token}' is not a TOML value`);
    this.pos += token.length;
    return value;
  }

  private basicString(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      this.pos++;
      if (c === '"') return out;
      out += c === '\\' ? this.escape() : c;
    }
  }

  private escape(): string {
    const c = this.text[this.pos++]!;
    if (c in ESCAPES) return ESCAPES[c]!;
    const length = c === 'u' ? 4 : c === 'U' ? 8 : 0;
    const hex = this.text.slice(this.pos, this.pos + length);
    if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) this.fail(`invalid escape '\\${c}'`, this.pos - 2);
    this.pos += length;
    return String.fromCodePoint(parseInt(hex, 16));
  }

  private multilineBasic(): string {
    this.pos += 3;
    if (this.text[this.pos] === '\n') this.pos++;
    else if (this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated multi-line string');
      if (this.text.startsWith('"""', this.pos)) {
        // Up to two quotes may sit right before the closing delimiter.
        let end = this.pos + 3;
        while (this.text[end] === '"' && end < this.pos + 5) end++;
        out += '"'.repeat(end - this.pos - 3);
        this.pos = end;
        return out;
      }
      const c = this.text[this.pos++]!;
      if (c !== '\\') out += c;
      else if (/^[ \t]*\r?\n/.test(this.text.slice(this.pos))) {
        // A line-ending backslash trims the newline and the whitespace that follows.
        while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      } else out += this.escape();
    }
  }

  private literalString(): string {
    const end = this.text.indexOf("'", this.pos + 1);
    const newline = this.text.indexOf('\n', this.pos + 1);
    if (end === -1 || (newline !== -1 && newline < end)) this.fail('unterminated string');
    const value = this.text.slice(this.pos + 1, end);
    this.pos = end + 1;
    return value;
  }

  private multilineLiteral(): string {
    let start = this.pos + 3;
    if (this.text[start] === '\n') start++;
    else if (this.text.startsWith('\r\n', start)) start += 2;
    let end = this.text.indexOf("'''", start);
    if (end === -1) this.fail('unterminated multi-line string');
    // Up to two quotes may sit right before the closing delimiter.
    for (let extra = 0; extra < 2 && this.text[end + 3] === "'"; extra++) end++;
    this.pos = end + 3;
    return this.text.slice(start, end);
  }

  private array(): TomlValue[] {
    this.pos++;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text[this.pos] === ']') break;
      items.push(this.value());
      this.skipBlank();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') this.fail("expected ',' or ']' in an array");
    }
    this.pos++;
    this.frozen.add(items);
    return items;
  }

  private inlineTable(): TomlTable {
    this.pos++;
    const table: Table = {};
    this.skipSpaces();
    if (this.text[this.pos] === '}') return this.pos++, this.close(table);
    for (;;) {
      this.skipSpaces();
      this.keyValue(table);
      this.skipSpaces();
      if (this.text[this.pos] === '}') return this.pos++, this.close(table);
      if (this.text[this.pos] !== ',') this.fail("expected ',' or '}' in an inline table");
      this.pos++;
    }
  }

  private close(table: Table): TomlTable {
    this.frozen.add(table);
    return table;
  }
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
