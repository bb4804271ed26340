// sshd_config: sshd keeps the first value it reads for a keyword, so the fix changes the arguments
// of the line that governs (in the Include'd file that sets it, when it does), never a later
// duplicate; a keyword left to OpenSSH's default gets a new line before the first Match block,
// where it is still global (at the end of the file when there is no Match).
import { keyword } from '../../formats/sshd/keywords.js';
import type { Setting, SshdDocument } from '../../formats/sshd/index.js';
import type { DocPath, Span } from '../../formats/types.js';
import { valueAt } from '../declaration.js';
import { eolOf, lineStart, spanOffsets, type TextEdit } from '../edits.js';
import { FixRefusal, type EditContext, type FormatEditor } from './types.js';

export const sshdEditor: FormatEditor = {
  plan(fix, context) {
    const document = context.document.document as SshdDocument;
    if (document.source === 'sshd -T') throw new FixRefusal('sshd -T output shows the running configuration; fix the sshd_config it was printed from');
    if (fix.op !== 'set') throw new FixRefusal(`sshd_config fixes set a keyword's value; "${fix.op}" is not supported`);
    const key = fix.target[fix.target.length - 1];
    const inGlobal = fix.target.length === 2 && fix.target[0] === 'global';
    const inMatch = fix.target.length === 4 && fix.target[0] === 'matches' && fix.target[2] === 'settings';
    if (typeof key !== 'string' || (!inGlobal && !inMatch)) throw new FixRefusal(`the fix names ${fix.target.join('.')}, which is not a keyword of the configuration`);
    const value = String(fix.value);
    const setting = valueAt(document, fix.target) as Setting | undefined;
    if (setting && !setting.default) return [replaceArguments(context, fix.target, setting, value)];
    if (!inGlobal) throw new FixRefusal(`the Match block does not set ${key}`);
    return [insertLine(context, document, `${keyword(key)?.name ?? key} ${value}`)];
  },
};

/** Where a token of the setting is: the Include'd file it was read from, or the checked file. */
function tokenAt(context: EditContext, path: DocPath): { file: string; span: Span } {
  const chain = context.document.related?.(path) ?? [];
  const last = chain[chain.length - 1];
  return last ? { file: context.absolute(last.file), span: last } : { file: context.file, span: context.document.locate(path) };
}

function replaceArguments(context: EditContext, path: DocPath, setting: Setting, value: string): TextEdit {
  const first = tokenAt(context, [...path, 'args', 0]);
  const last = tokenAt(context, [...path, 'args', setting.args.length - 1]);
  if (first.file !== last.file) throw new FixRefusal(`${setting.keyword} is set across several files; fix it by hand`);
  const text = context.text(first.file);
  return { file: first.file, start: spanOffsets(text, first.span).start, end: spanOffsets(text, last.span).end, text: value };
}

function insertLine(context: EditContext, document: SshdDocument, line: string): TextEdit {
  const text = context.text(context.file);
  const eol = eolOf(text);
  if (document.matches.length) {
    const at = lineStart(text, spanOffsets(text, context.document.locate(['matches', 0])).start);
    return { file: context.file, start: at, end: at, text: `${line}${eol}`, stackable: true };
  }
  const lead = text.length && !text.endsWith('\n') ? eol : '';
  return { file: context.file, start: text.length, end: text.length, text: `${lead}${line}${eol}`, stackable: !lead };
}
