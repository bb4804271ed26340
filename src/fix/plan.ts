// From a finding to the edits that fix it: find its document again, choose the rule's declared
// fix that fits the finding's path, and let the format's editor turn it into text edits.
import { fingerprint, type Finding, type FindingFix, type RuleMeta } from '../findings/finding.js';
import type { ParsedDocument } from '../formats/types.js';
import { describeFix, resolveFix, valueAt } from './declaration.js';
import { asReplacement, type TextEdit } from './edits.js';
import { EDITORS, FixRefusal } from './editors/index.js';
import type { Workspace } from './workspace.js';

export interface PlannedFix {
  finding: Finding;
  /** Identifies the fix across passes: rule, file, resource, the path it changes and the finding's message. */
  key: string;
  description: string;
  unsafe?: string;
  edits: TextEdit[];
  /** Why the fix is not made (edits is then empty). */
  skipped?: string;
}

export interface Planner {
  /** The fix of a finding; undefined when its rule declares none. */
  plan(finding: Finding): PlannedFix | undefined;
}

/** A planner over the workspace's current texts (parse results are kept for one pass). */
export function planner(workspace: Workspace, rules: ReadonlyMap<string, RuleMeta>, unsafe: boolean): Planner {
  const parsed = new Map<string, ParsedDocument[] | Error>();
  const documentsOf = (file: string) => {
    if (!parsed.has(file)) {
      try {
        parsed.set(file, workspace.parse(file));
      } catch (error) {
        parsed.set(file, error as Error);
      }
    }
    return parsed.get(file)!;
  };
  return {
    plan(finding) {
      const declarations = rules.get(finding.ruleId)?.fix;
      if (!declarations?.length) return undefined;
      const base = { finding, key: keyOf(finding, finding.path), edits: [] as TextEdit[] };
      const editor = EDITORS[finding.kind];
      if (!editor) return { ...base, description: 'no fixer for this kind of file', skipped: `policy fix does not edit ${finding.kind} files` };
      const documents = documentsOf(finding.location.file);
      if (documents instanceof Error) return { ...base, description: 'fix', skipped: `the file does not parse: ${documents.message}` };
      const document = documentFor(documents, finding);
      if (!document) return { ...base, description: 'fix', skipped: 'the finding could not be matched to its document again' };
      const resolved = resolveFix(declarations, finding.path, (path) => valueAt(document.document, path));
      if (!resolved) return { ...base, description: 'fix', skipped: 'none of the rule\'s fixes fits this finding' };
      const fix = { ...base, key: keyOf(finding, resolved.target), description: describeFix(resolved, resolved.target.slice(resolved.target.length - resolved.declaration.path.length)), ...(resolved.declaration.unsafe ? { unsafe: resolved.declaration.unsafe } : {}) };
      if (resolved.declaration.unsafe && !unsafe) return { ...fix, skipped: `needs --unsafe: ${resolved.declaration.unsafe}` };
      try {
        const file = workspace.absolute(document.file);
        const edits = editor.plan(resolved, { document, file, text: (path) => workspace.text(path), absolute: (path) => workspace.absolute(path) });
        const changes = edits.filter((edit) => workspace.text(edit.file).slice(edit.start, edit.end) !== edit.text);
        return changes.length ? { ...fix, edits: changes } : { ...fix, skipped: 'the fix would change nothing here (the value is already what it writes); fix this finding by hand' };
      } catch (error) {
        if (error instanceof FixRefusal) return { ...fix, skipped: error.message };
        return { ...fix, skipped: `the fix failed: ${(error as Error).message}` };
      }
    },
  };
}

/**
 * A list entry's index moves when an entry before it goes, so indexes are left out and the message,
 * which names the value (and the container), tells entries apart.
 */
export function keyOf(finding: Finding, path: readonly (string | number)[]): string {
  return JSON.stringify([finding.ruleId, finding.location.file, finding.resource, shape(path), finding.message]);
}

/** A path with its indexes blanked: where in the structure, not at which position. */
export function shape(path: readonly (string | number)[]): string[] {
  return path.map((segment) => (typeof segment === 'number' ? '#' : segment));
}

/** The document a finding was made on: same fingerprint (rule, file, resource, path), same place. */
function documentFor(documents: ParsedDocument[], finding: Finding): ParsedDocument | undefined {
  const candidates = documents.filter(
    (document) => fingerprint(finding.ruleId, document.file, document.resourceAt?.(finding.path) ?? document.resource, finding.path) === finding.fingerprint,
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((document) => {
    const span = document.locate(finding.path);
    return span.startLine === finding.location.startLine && span.startColumn === finding.location.startColumn;
  });
}

/** The planned fix as SARIF-style replacements in the files as they are now. */
export function asFindingFix(fix: PlannedFix, workspace: Workspace): FindingFix {
  const files = [...new Set(fix.edits.map((edit) => edit.file))];
  return {
    description: fix.description,
    ...(fix.unsafe ? { unsafe: fix.unsafe } : {}),
    changes: files.map((file) => ({
      file: workspace.reported(file),
      replacements: fix.edits.filter((edit) => edit.file === file).map((edit) => asReplacement(workspace.text(file), edit)),
    })),
  };
}
