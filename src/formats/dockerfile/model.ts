// The shape of a parsed Dockerfile as Rego sees it in input.document. Keys are snake_case like
// Rego's own; every path into this object has a source range (see document.ts).

export interface DockerfileDocument {
  /** Parser directives by name: syntax, escape, check. */
  directives: Partial<Record<'syntax' | 'escape' | 'check', string>>;
  /** ARG instructions before the first FROM (the global scope, visible to FROM lines). */
  args: Instruction[];
  stages: Stage[];
  /** Index of the last stage, the one `docker build` produces without --target. */
  final_stage: number;
}

export interface Stage {
  index: number;
  /** The `AS` name, lower-cased as Docker matches it; null when unnamed. */
  name: string | null;
  from: ImageRef;
  /** Index of the earlier stage this one is built FROM, or null for an image or scratch. */
  parent: number | null;
  /** Stage indexes from the stage built on an image down to this one: where ENV, USER, etc. are inherited from. */
  lineage: number[];
  final: boolean;
  /** The stage's instructions, its FROM first. */
  instructions: Instruction[];
}

export interface ImageRef {
  /** As written, before variable substitution. */
  raw: string;
  /** After substitution; null when it depends on a value not known statically. */
  reference: string | null;
  /** Repository without tag or digest, e.g. golang or gcr.io/distroless/static. */
  image: string | null;
  tag: string | null;
  /** e.g. sha256:...; null when not pinned by digest. */
  digest: string | null;
  /** The --platform flag, after substitution (null when absent or unresolved). */
  platform: string | null;
  /** FROM an earlier stage: its index. */
  stage: number | null;
  scratch: boolean;
  /** Whether the image reference is known (the platform may still be unknown). */
  resolved: boolean;
}

export interface Flag {
  name: string;
  /** After substitution where Docker substitutes; null for a bare --flag. */
  value: string | null;
}

export interface Pair {
  key: string;
  /** After substitution; null for an ARG without a default. */
  value: string | null;
  /** The value is written out rather than taken from a variable. */
  literal: boolean;
}

export interface HeredocDoc {
  name: string;
  /** The body, leading tabs removed for <<-. */
  content: string;
  expand: boolean;
  chomp: boolean;
  line: number;
}

export interface CommandDoc {
  /** Words with quotes removed (NAME=value prefixes left out). */
  argv: string[];
  /** argv without leading wrappers such as sudo, env or exec: the program that runs, then its arguments. */
  exec: string[];
  /** Commands joined by `|` share a pipeline number. */
  pipeline: number;
  /** Index of the command in whose `$(...)`, backticks or `<(...)` this one runs, or null. */
  parent: number | null;
}

export interface Instruction {
  /** Lower-case keyword: from, run, copy... */
  cmd: string;
  line: number;
  end_line: number;
  /** Everything after the keyword as written, continuation lines joined. */
  raw: string;
  flags: Flag[];
  /**
   * Arguments after Docker's own processing: JSON strings for the exec form; quote removal and
   * substitution for the instructions Docker expands (kept as written where unresolved);
   * the whole command string for a shell-form RUN, CMD or ENTRYPOINT.
   */
  args: string[];
  /** Exec (JSON array) form. */
  json: boolean;
  /** False when an argument or flag depends on a variable whose value is not known. */
  resolved: boolean;
  /** ENV, LABEL and ARG. */
  pairs?: Pair[];
  /** RUN, COPY and ADD. */
  heredocs?: HeredocDoc[];
  /** RUN: the shell script (command string, or the script of a RUN <<EOF). */
  script?: string;
  /** RUN: the simple commands of the script (empty under a non-POSIX SHELL). */
  commands?: CommandDoc[];
  /** COPY/ADD --from: the stage copied from (index), when it is a stage. */
  from_stage?: number;
  /** ONBUILD: the instruction it registers, not expanded (it runs in a later build). */
  trigger?: Instruction;
}
