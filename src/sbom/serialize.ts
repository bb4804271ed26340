// BOM model to text with the library's normalizers. JSON uses the library's serializer. XML uses
// the library's normalizer with a small stringifier of our own, because the library's only XML
// writer needs the optional xmlbuilder2 package.
import { Serialize, Spec, type Models } from '@cyclonedx/cyclonedx-library';

export type SbomFormat = 'json' | 'xml';
export type SpecVersion = '1.5' | '1.6' | '1.7';

export const SPEC_VERSIONS: readonly SpecVersion[] = ['1.5', '1.6', '1.7'];

function spec(version: SpecVersion) {
  return { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6, '1.7': Spec.Spec1dot7 }[version];
}

type XmlNode = Serialize.XML.Types.SimpleXml.Element;

class XmlStringSerializer extends Serialize.XmlBaseSerializer {
  protected override _serialize(root: XmlNode): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, undefined, '')}\n`;
  }
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPED[c]!);
}

function element(node: XmlNode, parentNamespace: string | undefined, indent: string): string {
  const namespace = node.namespace?.toString() ?? parentNamespace;
  const attributes = Object.entries<string | number | undefined>({ ...(namespace !== parentNamespace ? { xmlns: namespace } : {}), ...node.attributes })
    .map(([name, value]) => (value === undefined ? '' : ` ${name}="${escape(value)}"`))
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  const { children } = node;
  if (children === undefined) return `${open}/>`;
  if (typeof children === 'string' || typeof children === 'number') return `${open}>${escape(children)}</${node.name}>`;
  const inner = [...children]
    .filter((child): child is XmlNode => child.type === 'element')
    .map((child) => element(child, namespace, `${indent}  `));
  return inner.length ? `${open}>\n${inner.join('\n')}\n${indent}</${node.name}>` : `${open}/>`;
}

export function serialize(bom: Models.Bom, format: SbomFormat, version: SpecVersion): string {
  const options = { sortLists: false, space: 2 }; // lists are already inserted in a locale-independent order
  if (format === 'xml') return new XmlStringSerializer(new Serialize.XML.Normalize.Factory(spec(version))).serialize(bom, options);
  return `${new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec(version))).serialize(bom, options)}\n`;
}
