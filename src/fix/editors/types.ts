// What every format's editor gets and gives: one resolved fix on one parsed document in, the text
// edits that make it out (possibly in another file: an ARM parameters file, an Include'd sshd file).
import type { ParsedDocument } from '../../formats/types.js';
import type { ResolvedFix } from '../declaration.js';
import type { TextEdit } from '../edits.js';

export interface EditContext {
  /** The document the finding is about, parsed from the current (in-memory) texts. */
  document: ParsedDocument;
  /** The absolute path of the document's file. */
  file: string;
  /** The current text of a file, by absolute path. */
  text(file: string): string;
  /** The absolute path of a file as reported in a document (locations, related locations). */
  absolute(file: string): string;
}

export interface FormatEditor {
  /** The edits that apply `fix`; throws FixRefusal when the fix cannot be made safely. */
  plan(fix: ResolvedFix, context: EditContext): TextEdit[];
}

/** A fix the editor will not make, with the reason the user reads. */
export class FixRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixRefusal';
  }
}
