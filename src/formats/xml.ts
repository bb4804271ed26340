// A small XML reader for the XML inputs (firewalld zone and service files, pom.xml): elements,
// attributes, text, CDATA, comments and the XML declaration, each element with the offsets of its
// start tag. Document type declarations are refused (none of these files has one, and entities
// are how XML bombs work).
import { LineIndex } from './source.js';
import { InputError } from './types.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Offsets of the start tag, end exclusive. */
  start: number;
  end: number;
  /** Offset just past the end tag (the start tag's end for an empty element). */
  outerEnd: number;
  /** 1-based line of the start tag. */
  line: number;
}

const NAME = /[A-Za-z_][\w.-]*(?::[\w.-]+)?/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(text: string, file: string): XmlElement {
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number): never => {
    const at = lines.position(offset);
    throw new InputError(file, `invalid XML: ${message}`, at.line, at.column);
  };
  const decode = (raw: string, offset: number) =>
    raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, entity: string) => {
      if (entity.startsWith('#')) return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
      return ENTITIES[entity] ?? fail(`unknown entity &${entity};`, offset);
    });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (chunk.trim()) {
      if (!stack.length) fail('text outside the root element', i + chunk.search(/\S/));
      stack[stack.length - 1]!.text += decode(chunk, i);
    }
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) fail('unterminated comment', i);
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) fail('unterminated processing instruction', i);
      i = end + 2;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end === -1) fail('unterminated CDATA section', i);
      if (stack.length) stack[stack.length - 1]!.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      fail('document type declarations are not accepted', i);
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(text)?.[0] ?? fail('expected a tag name', i + 2);
      const close = text.indexOf('>', i);
      if (close === -1 || text.slice(i + 2 + name.length, close).trim()) fail(`malformed end tag </${name}`, i);
      const open = stack.pop() ?? fail(`end tag </${name}> without a start tag`, i);
      if (open.name !== name) fail(`end tag </${name}> does not match <${open.name}> (line ${lines.position(open.start).line})`, i);
      i = close + 1;
      open.outerEnd = i;
    } else {
      NAME.lastIndex = i + 1;
      const name = NAME.exec(text)?.[0] ?? fail('expected a tag name after "<"', i + 1);
      let j = i + 1 + name.length;
      const attributes: Record<string, string> = {};
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        if (attribute[1]! in attributes) fail(`attribute ${attribute[1]} repeated`, j);
        attributes[attribute[1]!] = decode(attribute[2] ?? attribute[3] ?? '', j);
        j = ATTRIBUTE.lastIndex;
      }
      while (/\s/.test(text[j] ?? '')) j++;
      const selfClosing = text.startsWith('/>', j);
      if (!selfClosing && text[j] !== '>') fail(`malformed start tag <${name}`, j);
      const end = j + (selfClosing ? 2 : 1);
      const element: XmlElement = { name, attributes, children: [], text: '', start: i, end, outerEnd: end, line: lines.position(i).line };
      if (stack.length) stack[stack.length - 1]!.children.push(element);
      else if (root) fail('more than one root element', i);
      else root = element;
      if (!selfClosing) stack.push(element);
      i = end;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1]!.name}> is never closed`, stack[stack.length - 1]!.start);
  return root ?? fail('no root element', 0);
}

/** First child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((item) => item.name === name);
}

/** Trimmed text of the child with this name, or undefined when absent or empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.text.trim() || undefined;
}
