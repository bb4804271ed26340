// Suppressions written next to the input: `policygate:ignore <ruleId> reason="..." [expires=...]`
// in a comment on the finding's line or the line above it, in every format that has comments, and
// the Kubernetes annotation `policygate.io/ignore: "<ruleId>[,<ruleId>] reason=<text>"` on a
// resource. One mechanism: each kind only says how its comments are written.
import { k8s } from '../formats/k8s/index.js';
import { LineIndex } from '../formats/source.js';
import type { DocPath, Kind, ParseContext, Span } from '../formats/types.js';
import { fingerprint, renderMessage, type Finding, type RuleMeta } from './finding.js';

export const INLINE_MARKER = 'policygate:ignore';
export const ANNOTATION = 'policygate.io/ignore';

/** A suppression written in an input file. `problem` is set when it is malformed and so suppresses nothing. */
export interface Directive {
  source: 'inline' | 'annotation';
  kind: Kind;
  file: string;
  rules: string[];
  reason?: string;
  expires?: string;
  /** Where the directive is written. */
  span: Span;
  /** The resource an annotation is on. */
  resource?: string;
  problem?: string;
}

// ---------------------------------------------------------------------------------------------
// The rule that reports malformed suppressions, defined once for every kind.

const RULE_PREFIX: Record<Kind, string> = { k8s: 'K8S', arm: 'ARM', sshd: 'SSHD', firewall: 'FW', dockerfile: 'DOCKER' };

/** `<PREFIX>-SUPPRESS-001`: a suppression without a reason (or otherwise malformed) suppresses nothing and is reported. */
export function suppressionRule(kind: Kind): RuleMeta {
  return {
    id: `${RULE_PREFIX[kind]}-SUPPRESS-001`,
    title: 'Require a reason for every suppression',
    description:
      'A suppression hides a finding from the gate. Without a reason, reviewers cannot tell an accepted risk from a silenced one, so such a suppression is ignored and reported.',
    severity: 'low',
    kind,
    controls: [],
    remediation: `Write the suppression as ${INLINE_MARKER} <ruleId> reason="why it is acceptable" [expires=YYYY-MM-DD] (or, on a Kubernetes resource, ${ANNOTATION}: "<ruleId> reason=<why>"), or remove it.`,
    message: '{{what}} {{problem}}; it suppresses nothing.',
  };
}

export function problemFindings(directives: readonly Directive[]): Finding[] {
  const seen = new Map<string, number>();
  return directives
    .filter((directive) => directive.problem)
    .map((directive) => {
      const rule = suppressionRule(directive.kind);
      const written = [INLINE_MARKER, directive.rules.join(',')].filter(Boolean).join(' ');
      const resource = directive.resource ?? written;
      // Identical directives in one file are told apart by their order, not their line.
      const key = `${directive.file}\u0000${resource}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const path: DocPath = directive.source === 'annotation' ? ['metadata', 'annotations', ANNOTATION] : [occurrence];
      const what = directive.source === 'annotation' ? `The ${ANNOTATION} annotation on ${directive.resource}` : `"${written}"`;
      return {
        ruleId: rule.id,
        severity: rule.severity,
        title: rule.title,
        message: renderMessage(rule.message, { what, problem: directive.problem }),
        kind: directive.kind,
        resource,
        path,
        location: { file: directive.file, ...directive.span },
        controls: rule.controls,
        remediation: rule.remediation,
        fingerprint: fingerprint(rule.id, directive.file, resource, path),
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Finding directives in a file.

/** Whether a file's text may hold a directive; a cheap test before any lexing. */
function mentionsSuppression(text: string): boolean {
  return text.includes(INLINE_MARKER) || text.includes(ANNOTATION);
}

export function directivesIn(file: string, text: string, kind: Kind): Directive[] {
  if (!mentionsSuppression(text)) return [];
  const lines = new LineIndex(text);
  const directives: Directive[] = [];
  for (const comment of COMMENTS[kind](text)) {
    for (let at = comment.text.indexOf(INLINE_MARKER); at !== -1; at = comment.text.indexOf(INLINE_MARKER, at + 1)) {
      const body = comment.text.slice(at + INLINE_MARKER.length);
      const start = comment.offset + at;
      directives.push({ source: 'inline', kind, file, span: lines.span(start, start + INLINE_MARKER.length), ...parseDirective(body, false) });
    }
  }
  if (kind === 'k8s' && text.includes(ANNOTATION)) directives.push(...annotationsIn(file, text));
  return directives;
}

/** Whether an inline directive sits on the finding's line or on the line above it. */
export function inlineCovers(directive: Directive, finding: Finding): boolean {
  const line = finding.location.startLine;
  return directive.file === finding.location.file && (directive.span.startLine === line || directive.span.startLine === line - 1);
}

export function annotationCovers(directive: Directive, finding: Finding): boolean {
  return directive.file === finding.location.file && directive.resource === finding.resource;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `<ids> reason="..." expires=YYYY-MM-DD`; in an annotation the reason runs to the end of the text. */
function parseDirective(body: string, reasonToEnd: boolean): Pick<Directive, 'rules' | 'reason' | 'expires' | 'problem'> {
  const text = body.trim();
  const first = /^([^\s=]+)(?:\s|$)/.exec(text);
  const rules = first ? first[1]!.split(',').filter(Boolean) : [];
  let rest = first ? text.slice(first[0].length) : text;
  const attributes: Record<string, string> = {};
  const problems: string[] = [];
  for (;;) {
    rest = rest.trimStart();
    const attribute = /^([A-Za-z]+)=/.exec(rest);
    if (!attribute) break;
    const name = attribute[1]!.toLowerCase();
    rest = rest.slice(attribute[0].length);
    const quoted = /^"([^"]*)"|^'([^']*)'/.exec(rest);
    const value = quoted ? (quoted[1] ?? quoted[2]!) : reasonToEnd && name === 'reason' ? rest.trim() : (/^\S*/.exec(rest)![0]);
    rest = quoted ? rest.slice(quoted[0].length) : reasonToEnd && name === 'reason' ? '' : rest.slice(value.length);
    if (name !== 'reason' && name !== 'expires') problems.push(`has an unknown attribute ${name}=`);
    attributes[name] = value;
  }
  const reason = attributes['reason']?.trim();
  const expires = attributes['expires'];
  if (!rules.length) problems.push('names no rule id');
  if (!reason) problems.push('has no reason');
  if (expires !== undefined && !isDate(expires)) problems.push(`has expires=${expires}, which is not a date (YYYY-MM-DD)`);
  return {
    rules,
    ...(reason ? { reason } : {}),
    ...(expires !== undefined && isDate(expires) ? { expires } : {}),
    ...(problems.length ? { problem: problems.join(' and ') } : {}),
  };
}

export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const NO_COMPANIONS: ParseContext = {
  cwd: '/',
  root: '/',
  options: {},
  readFile: (path) => {
    throw new Error(`${path}: not read while looking for annotations`);
  },
  listDir: () => undefined,
};

function annotationsIn(file: string, text: string): Directive[] {
  let documents;
  try {
    documents = k8s.parse(text, file, NO_COMPANIONS);
  } catch {
    return []; // the check itself reports why the file cannot be parsed
  }
  const directives: Directive[] = [];
  for (const document of documents) {
    const manifest = document.document as { metadata?: { annotations?: Record<string, unknown> } };
    const value = manifest.metadata?.annotations?.[ANNOTATION];
    if (value === undefined) continue;
    const span = document.locate(['metadata', 'annotations', ANNOTATION]);
    const parsed = typeof value === 'string' ? parseDirective(value, true) : { rules: [], problem: 'is not a string' };
    directives.push({ source: 'annotation', kind: 'k8s', file, span, resource: document.resource, ...parsed });
  }
  return directives;
}

// ---------------------------------------------------------------------------------------------
// Comments, by how each kind writes them.

interface Comment {
  /** Offset of the comment's text (after the comment marker). */
  offset: number;
  text: string;
}

const COMMENTS: Record<Kind, (text: string) => Comment[]> = {
  k8s: (text) => hashComments(text, { blockScalars: true, quotes: `"'`, anywhere: true }),
  sshd: (text) => hashComments(text, { blockScalars: false, quotes: '"', anywhere: true }),
  firewall: (text) => hashComments(text, { blockScalars: false, quotes: `"'`, anywhere: true }),
  // A Dockerfile comment is a line starting with #; a # later in a line is part of the instruction.
  dockerfile: (text) => hashComments(text, { blockScalars: false, quotes: '', anywhere: false }),
  arm: slashComments,
};

/**
 * `#` comments: at the start of a line, or (when `anywhere`) after whitespace outside quotes.
 * With `blockScalars` (YAML), the content of `|` and `>` scalars is text, not comments.
 */
function hashComments(text: string, options: { blockScalars: boolean; quotes: string; anywhere: boolean }): Comment[] {
  const comments: Comment[] = [];
  let blockIndent = -1; // indentation of the line that opened a block scalar, -1 outside one
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (!line.trim() || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const at = commentStart(line, options);
    if (at >= 0) comments.push({ offset: start + at + 1, text: line.slice(at + 1) });
    const content = at >= 0 ? line.slice(0, at) : line;
    if (options.blockScalars && /(?:^|[\s:-])[|>][1-9+-]{0,2}\s*$/.test(content)) blockIndent = indent;
  }
  return comments;
}

function commentStart(line: string, options: { quotes: string; anywhere: boolean }): number {
  if (!options.anywhere) return line.trimStart().startsWith('#') ? line.indexOf('#') : -1;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const before = i === 0 ? ' ' : line[i - 1]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === "'" && quote === "'" && line[i + 1] === "'") i++; // '' is a quote inside '...'
      else if (c === quote) quote = '';
    } else if (options.quotes.includes(c) && /[\s[{,:]/.test(before)) quote = c;
    else if (c === '#' && /\s/.test(before)) return i;
  }
  return -1;
}

/** `//` and `/* *\/` comments outside strings (JSON as ARM accepts it; strings may span lines). */
function slashComments(text: string): Comment[] {
  const comments: Comment[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      comments.push({ offset: i + 2, text: text.slice(i + 2, stop) });
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end;
      comments.push({ offset: i + 2, text: text.slice(i + 2, stop) });
      i = stop + 1;
    }
  }
  return comments;
}
