// The contract between input formats and the rest of the pipeline.
// Each format turns the text of one file into documents that Rego evaluates,
// each with a way to map a path inside the document back to the source text.

export type Kind = 'k8s' | 'arm' | 'sshd' | 'firewall' | 'dockerfile';

export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

/** 1-based source range, as in the Finding contract. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface ParsedDocument {
  kind: Kind;
  /** The file the document was read from, as reported to the user. */
  file: string;
  /** Human id of the resource, e.g. Deployment/prod/web. */
  resource: string;
  /**
   * For documents that hold many resources (an expanded ARM template): the human id of the
   * resource that `path` lies in. Defaults to `resource`.
   */
  resourceAt?(path: DocPath): string;
  /** What Rego sees as `input.document`. */
  document: unknown;
  /** What Rego sees as `input.context` (format-specific facts). */
  context?: Record<string, unknown>;
  /** Range of the value at `path`, or of its nearest existing ancestor. */
  locate(path: DocPath): Span;
  /**
   * Other places that explain the value at `path`, e.g. the parameters file line an ARM value came
   * from, or the Include'd file an sshd setting was read from. Shown with the finding.
   */
  related?(path: DocPath): RelatedLocation[];
  /**
   * The compact facts run-scope rules see for this document (labels, selectors, exposure...).
   * Defaults to the whole document; formats leave out what no cross-resource rule needs.
   */
  facts?(): unknown;
}

export interface RelatedLocation extends Span {
  file: string;
  message: string;
}

/** What a format may need beyond the file's own text. */
export interface ParseContext {
  /** The run's working directory: relative paths resolve, and file names are reported, against it. */
  cwd: string;
  /** Root of the scan: companion files (includes, parameter files) must lie inside it. */
  root: string;
  /** Reads a file by absolute path; throws InputError naming `from` when it is missing or outside the root. */
  readFile(path: string, from: string): string;
  /** Names of the entries of a directory (absolute path), or undefined when it does not exist. */
  listDir(path: string): string[] | undefined;
  /** Format options given on the command line, e.g. { parameters: [...] } for ARM. */
  options: Record<string, unknown>;
}

export interface Format {
  kind: Kind;
  /** Cheap test on the file name and text: is this file of this format? */
  detect(file: string, text: string): boolean;
  /** Parse the whole file; throws InputError on bad input. */
  parse(text: string, file: string, context: ParseContext): ParsedDocument[];
}

/** Bad input: names the file and, where known, the position. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  override toString(): string {
    const at = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
    return `${this.file}${at}: ${this.message}`;
  }
}
