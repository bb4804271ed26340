// Host firewalls: the fix changes what the finding's path names in the firewall model, written in
// the file's own syntax. A default policy (the model's `drop`) is the chain line of iptables-save
// (`:INPUT DROP [0:0]`), the chain's `policy drop;` in nftables text (added after its `type ...
// hook ... priority ...;` statement when the chain has none) or its "policy" in nftables JSON,
// the zone's target="DROP" in firewalld XML, and DEFAULT_INPUT_POLICY="DROP" in /etc/default/ufw.
// Each file's own tokens are read again at the position the format's source map gives.
import { getNodePath, modify } from 'jsonc-parser';
import { loadJson, property } from '../../formats/arm/jsonc.js';
import type { FirewallDocument } from '../../formats/firewall/index.js';
import type { Span } from '../../formats/types.js';
import { spanOffsets, type TextEdit } from '../edits.js';
import { FixRefusal, type EditContext, type FormatEditor } from './types.js';

const POLICIES = new Set(['accept', 'drop']);

export const firewallEditor: FormatEditor = {
  plan(fix, context) {
    const document = context.document.document as FirewallDocument;
    const policy = String(fix.value).toLowerCase();
    if (fix.op !== 'set' || !POLICIES.has(policy)) throw new FixRefusal('firewall fixes set a default policy to accept or drop');
    const [section, name] = fix.target;
    if (fix.target.length !== 2 || typeof name !== 'string') throw new FixRefusal(`the fix names ${fix.target.join('.') || 'the whole ruleset'}, which is no default policy`);
    if (context.document.resource === 'ufw status') throw new FixRefusal('this is `ufw status` output; run `ufw default deny incoming` on the host');
    switch (document.format) {
      case 'iptables':
        if (section === 'chains') return [chainLine(context, fix.target, policy.toUpperCase())];
        break;
      case 'ufw':
        if (section === 'settings' && name.startsWith('DEFAULT_')) return [ufwDefault(context, fix.target, name, policy.toUpperCase())];
        if (section === 'settings' && name === 'enabled') throw new FixRefusal('ufw is disabled (ENABLED=no in ufw.conf): enable it with `ufw enable` once its rules admit what you need');
        if (section === 'chains') throw new FixRefusal('ufw keeps its default policies in /etc/default/ufw, which is not in the scan');
        break;
      case 'nftables':
        if (section === 'chains') return [nftPolicy(context, fix.target, policy)];
        break;
      case 'firewalld':
        if (section === 'settings' && name === 'target') return [zoneTarget(context, fix.target, policy.toUpperCase())];
        break;
    }
    throw new FixRefusal(`${fix.target.join('.')} is not a default policy of this ${document.format} file`);
  },
};

function located(context: EditContext, path: readonly (string | number)[]): { text: string; start: number; end: number } {
  const text = context.text(context.file);
  return { text, ...spanOffsets(text, context.document.locate(path)) };
}

/** `:INPUT ACCEPT [0:0]` becomes `:INPUT DROP [0:0]`. */
function chainLine(context: EditContext, path: readonly (string | number)[], policy: string): TextEdit {
  const { text, start, end } = located(context, path);
  const declaration = /^(:\S+[ \t]+)(\S+)/.exec(text.slice(start, end));
  if (!declaration) throw new FixRefusal('the chain declaration could not be read again');
  const at = start + declaration[1]!.length;
  return { file: context.file, start: at, end: at + declaration[2]!.length, text: policy };
}

/** DEFAULT_INPUT_POLICY="ACCEPT" in /etc/default/ufw (the file the related location names). */
function ufwDefault(context: EditContext, path: readonly (string | number)[], key: string, policy: string): TextEdit {
  const origin = context.document.related?.(path)[0];
  if (!origin) throw new FixRefusal(`${key} is set in /etc/default/ufw, which is not in the scan`);
  const file = context.absolute(origin.file);
  const text = context.text(file);
  const { start, end } = spanOffsets(text, origin as Span);
  const line = new RegExp(`^(\\s*${key}=)(["']?)([^"'\\s#]*)\\2`).exec(text.slice(start, end));
  if (!line) throw new FixRefusal(`${key} could not be read again in ${origin.file}`);
  const at = start + line[1]!.length + line[2]!.length;
  return { file, start: at, end: at + line[3]!.length, text: policy };
}

/** nftables: `policy accept` becomes `policy drop`; a chain without one gets `policy drop;` after its type statement. */
function nftPolicy(context: EditContext, path: readonly (string | number)[], policy: string): TextEdit {
  const { text, start, end } = located(context, path);
  if (/^\s*[[{]/.test(text)) return nftJsonPolicy(context, text, start, end, policy);
  const written = text.slice(start, end);
  const existing = /^(policy[ \t]+)(\S+)$/.exec(written);
  if (existing) return { file: context.file, start: start + existing[1]!.length, end, text: policy };
  if (!/^type\b/.test(written)) throw new FixRefusal('the chain declaration could not be read again');
  // The type statement ends at `;`, a line break or the chain's `}` (after `priority ...`).
  let i = end;
  while (i < text.length && !';\n}#'.includes(text[i]!)) i++;
  if (text[i] === ';') return { file: context.file, start: i + 1, end: i + 1, text: ` policy ${policy};` };
  let j = i;
  while (j > end && (text[j - 1] === ' ' || text[j - 1] === '\t' || text[j - 1] === '\r')) j--;
  return { file: context.file, start: j, end: j, text: `; policy ${policy};${text[i] === '}' ? ' ' : ''}` };
}

function nftJsonPolicy(context: EditContext, text: string, start: number, end: number, policy: string): TextEdit {
  const source = loadJson(text, context.file);
  const find = (node: typeof source.root): typeof source.root | undefined => {
    if (node.offset === start && node.offset + node.length === end) return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const chain = property(find(source.root), 'chain');
  if (!chain) throw new FixRefusal('the chain object could not be found again');
  const edits = modify(text, [...getNodePath(chain), 'policy'], policy, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  if (edits.length !== 1) throw new FixRefusal('jsonc-parser found no place for the policy; fix it by hand');
  return { file: context.file, start: edits[0]!.offset, end: edits[0]!.offset + edits[0]!.length, text: edits[0]!.content };
}

/** firewalld: `<zone target="ACCEPT">` becomes `<zone target="DROP">` (the attribute is added when absent). */
function zoneTarget(context: EditContext, path: readonly (string | number)[], target: string): TextEdit {
  const { text, start, end } = located(context, path);
  const tag = text.slice(start, end);
  const attribute = /(\starget\s*=\s*)(["'])([^"'<]*)\2/.exec(tag);
  if (attribute) {
    const at = start + attribute.index + attribute[1]!.length + 1;
    return { file: context.file, start: at, end: at + attribute[3]!.length, text: target };
  }
  const name = /^<zone\b/.exec(tag);
  if (!name) throw new FixRefusal('the zone element could not be read again');
  return { file: context.file, start: start + name[0].length, end: start + name[0].length, text: ` target="${target}"` };
}
