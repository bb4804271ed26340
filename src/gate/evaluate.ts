// Post-processing of one side of a check (the working tree, or a git base): the config's path
// scope, rule selection and severity overrides, then suppressions and waivers. The engine stays
// unaware of all of it; inline comments and annotations are found by re-reading the files.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/load.js';
import { PathPatterns } from '../config/patterns.js';
import type { RuleSelection } from '../config/rules.js';
import { MAX_FILE_BYTES } from '../engine/check.js';
import type { RunResult } from '../engine/run.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import { directivesIn, problemFindings, type Directive } from '../findings/suppress.js';
import { accept, configAcceptances, directiveAcceptances, type WaiverEntry } from '../findings/waivers.js';
import { detectFormat } from '../formats/index.js';
import type { Kind } from '../formats/types.js';

/** A file of the run, as reported, and how to read it on this side. */
export interface SourceFile {
  file: string;
  read(): string | undefined;
}

export interface CheckedFile {
  file: string;
  kind: Kind;
}

export interface SideContext {
  /** What this side's reported paths are relative to. */
  cwd: string;
  /** What the config's path patterns are matched from: the working directory, on both sides. */
  patternCwd: string;
  config: Config;
  selection: RuleSelection;
  today: string;
  /** Every file the run looked at on this side. */
  sources: readonly SourceFile[];
}

export interface Side {
  result: RunResult;
  waivers: WaiverEntry[];
  /** Findings only an expired waiver covers. */
  lapsed: Set<string>;
  /** The recognised input files in scope, with their kind. */
  checked: CheckedFile[];
}

/** The text of a file as the engine reads it; undefined when missing, too large or binary. */
export function readText(absolute: string): string | undefined {
  try {
    if (statSync(absolute).size > MAX_FILE_BYTES) return undefined;
    const bytes = readFileSync(absolute);
    return bytes.includes(0) ? undefined : bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export function pathScope(config: Config, cwd: string): (file: string) => boolean {
  const include = new PathPatterns(config.paths.include, config.dir);
  const exclude = new PathPatterns(config.paths.exclude, config.dir);
  return (file) => (include.empty || include.matches(file, cwd)) && !exclude.matches(file, cwd);
}

export function evaluateSide(raw: RunResult, context: SideContext): Side {
  const inScope = pathScope(context.config, context.patternCwd);
  const { selection } = context;
  const checked: CheckedFile[] = [];
  const directives: Directive[] = [];
  let excluded = 0;
  const surveyed = new Set<string>();
  const survey = (file: string, text: string | undefined, kind: Kind | undefined) => {
    surveyed.add(file);
    if (text !== undefined && kind) directives.push(...directivesIn(file, text, kind));
  };
  for (const source of context.sources) {
    const text = source.read();
    const kind = text === undefined ? undefined : detectFormat(source.file, text)?.kind;
    if (!inScope(source.file)) {
      if (kind) excluded++;
      continue;
    }
    if (kind) checked.push({ file: source.file, kind });
    survey(source.file, text, kind);
  }
  const selected = raw.findings
    .filter((finding) => inScope(finding.location.file) && selection.selects(finding.ruleId, finding.controls))
    .map((finding): Finding => ({ ...finding, severity: selection.severity(finding.ruleId, finding.severity) }));
  // Findings can sit in files the run reached on its own (an Include'd sshd file).
  for (const finding of selected) {
    if (!surveyed.has(finding.location.file)) survey(finding.location.file, readText(resolve(context.cwd, finding.location.file)), finding.kind);
  }
  const problems = problemFindings(directives)
    .filter((finding) => !selection.disables(finding.ruleId))
    .map((finding) => ({ ...finding, severity: selection.severity(finding.ruleId, finding.severity) }));
  const acceptances = [...directiveAcceptances(directives), ...configAcceptances(context.config, context.patternCwd)];
  const accepted = accept([...selected, ...problems], acceptances, context.today);
  const result: RunResult = {
    ...raw,
    findings: accepted.findings.sort(compareFindings),
    errors: raw.errors.filter((error) => inScope(error.file)),
    ...(raw.index ? { index: raw.index.filter((entry) => inScope(entry.file)) } : {}),
    files: { ...raw.files, checked: Math.max(0, raw.files.checked - excluded) },
  };
  return { result, waivers: accepted.waivers, lapsed: accepted.lapsed, checked };
}
