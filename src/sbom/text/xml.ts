// A small XML reader for manifests (pom.xml): elements, attributes, text, CDATA, comments and the
// five predefined entities plus character references. DOCTYPEs are rejected, so no entity is ever
// expanded from the document itself. Names lose their namespace prefix.
import { InputError } from '../../formats/types.js';
import { LineIndex } from '../../formats/source.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), children's text excluded. */
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;

export function parseXml(source: string, file: string): XmlElement {
  const lines = new LineIndex(source);
  const fail = (message: string, offset: number): never => {
    const at = lines.position(offset);
    throw new InputError(file, `invalid XML: ${message}`, at.line, at.column);
  };
  const decode = (text: string, offset: number) =>
    text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (_match, entity: string | undefined) => {
      if (!entity) return fail("'&' that starts no entity", offset);
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return ENTITIES[entity] ?? fail(`unknown entity &${entity};`, offset);
    });
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    if (stack.length) stack[stack.length - 1]!.text += decode(text, pos);
    else if (text.trim()) fail('text outside the root element', pos);
    if (lt === -1) break;
    const skip = (open: string, close: string) => {
      if (!source.startsWith(open, lt)) return false;
      const end = source.indexOf(close, lt + open.length);
      if (end === -1) fail(`unterminated ${open}`, lt);
      if (open === '<![CDATA[') stack[stack.length - 1]!.text += source.slice(lt + open.length, end);
      pos = end + close.length;
      return true;
    };
    if (source.startsWith('<!DOCTYPE', lt)) fail('DOCTYPE declarations are not accepted', lt);
    if (skip('<!--', '-->') || skip('<?', '?>')) continue;
    if (source.startsWith('<![CDATA[', lt)) {
      if (!stack.length) fail('CDATA outside the root element', lt);
      skip('<![CDATA[', ']]>');
      continue;
    }
    const end = source.indexOf('>', lt);
    if (end === -1) fail('unterminated tag', lt);
    const tag = source.slice(lt + 1, end);
    pos = end + 1;
    if (tag.startsWith('/')) {
      const name = local(tag.slice(1).trim());
      const open = stack.pop();
      if (!open || open.name !== name) fail(`closing tag </${name}> does not match ${open ? `<${open.name}>` : 'any open element'}`, lt);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0] ?? fail('malformed tag', lt);
    const attributes: Record<string, string> = {};
    const rest = body.slice(name.length);
    for (const match of rest.matchAll(/\s*([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attributes[match[1]!] = decode(match[3] ?? match[4]!, lt);
    if (rest.replace(/\s*([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g, '').trim()) fail(`malformed attributes in <${name}>`, lt);
    const element: XmlElement = { name: local(name), attributes, children: [], text: '', line: lines.position(lt).line };
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else if (root) fail('a second root element', lt);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) fail(`<${stack[stack.length - 1]!.name}> is not closed`, source.length);
  if (!root) fail('no root element', 0);
  return root!;
}

/** First child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((item) => item.name === name);
}

/** Trimmed text of the child with this name, or undefined when absent or empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.text.trim() || undefined;
}
