// The files a fix run reads and changes, held in memory until every pass is done: formats parse
// them (companion files included: ARM parameters files, sshd Include'd files) through a
// ParseContext that sees the edited texts, so a later pass and the validation work on what
// would be written, and nothing touches the disk before the run decides to write.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseContext, toFinding } from '../engine/check.js';
import { scanRoot } from '../engine/run.js';
import type { Engine } from '../engine/engine.js';
import type { Finding } from '../findings/finding.js';
import { detectFormat } from '../formats/index.js';
import { InputError, type ParseContext, type ParsedDocument } from '../formats/types.js';

export class Workspace {
  private readonly texts = new Map<string, string>();
  private readonly originals = new Map<string, string>();
  readonly root: string;

  constructor(
    readonly cwd: string,
    paths: readonly string[],
    private readonly formatOptions: Record<string, unknown>,
  ) {
    this.root = scanRoot(cwd, paths);
  }

  /** The current text of a file (absolute path): edited, or as on disk. */
  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      this.texts.set(file, text);
      this.originals.set(file, text);
    }
    return text;
  }

  setText(file: string, text: string): void {
    this.text(file);
    this.texts.set(file, text);
  }

  /** Files whose text differs from the disk's, with both texts. */
  changed(): { file: string; before: string; after: string }[] {
    return [...this.texts]
      .filter(([file, text]) => this.originals.get(file) !== text)
      .map(([file, after]) => ({ file, before: this.originals.get(file)!, after }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /** A reported file name (relative to the working directory, or as a format reported it) as an absolute path. */
  absolute(file: string): string {
    return resolve(this.cwd, file);
  }

  /** The file as reported to the user. */
  reported(absolute: string): string {
    const path = relative(this.cwd, absolute);
    return path && !path.startsWith('..') ? path.split(sep).join('/') : absolute;
  }

  /** Parses a file (as reported) from the current texts; throws InputError when it does not parse. */
  parse(file: string): ParsedDocument[] {
    const text = this.text(this.absolute(file));
    const format = detectFormat(file, text);
    if (!format) throw new InputError(file, 'no longer recognised as an input after the fix');
    return format.parse(text, file, this.context());
  }

  /** The document pass over a file, in memory: its findings (run-scope rules left out). */
  async evaluate(engine: Engine, file: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const document of this.parse(file)) {
      const raw = await engine.evaluate({ kind: document.kind, file: document.file, document: document.document, context: document.context ?? {} });
      findings.push(...raw.map((finding) => toFinding(engine, finding, document)));
    }
    return findings;
  }

  private context(): ParseContext {
    const options = { cwd: this.cwd, root: this.root, formatOptions: this.formatOptions };
    return parseContext(options, (absolute) => (this.texts.has(absolute) || existsSync(absolute) ? this.text(absolute) : undefined));
  }
}
