// `policy fix`: check, plan each finding's declared fix, apply the edits in passes (ESLint's fixer
// model: sorted, overlapping ones wait for the next pass, at most MAX_PASSES), keep every file
// parseable, then write atomically and check again with the real pipeline to report what was
// fixed, what remains and anything the fixes introduced.
import { ruleIds } from '../config/patterns.js';
import { ruleSelection } from '../config/rules.js';
import type { CheckError } from '../engine/check.js';
import { Engine } from '../engine/engine.js';
import { loadBundles } from '../engine/run.js';
import { severityRank, type Finding, type RuleMeta, type Severity } from '../findings/finding.js';
import { evaluateSide } from '../gate/evaluate.js';
import { runGate, type GateOptions, type GateOutcome } from '../gate/pipeline.js';
import { writeAtomic } from '../util/atomic.js';
import { anchorPath } from './declaration.js';
import { unifiedDiff } from './diff.js';
import { applyEdits, chooseGroups, type EditGroup } from './edits.js';
import { asFindingFix, keyOf, planner, shape, type PlannedFix } from './plan.js';
import { Workspace } from './workspace.js';

/** ESLint's bound: a fix that keeps making new fixes possible stops here. */
export const MAX_PASSES = 10;

export interface FixOptions {
  gate: GateOptions;
  dryRun: boolean;
  /** Apply fixes that can change behaviour beyond security too. */
  unsafe: boolean;
  /** Only findings of these rules (ids, * wildcards). */
  rules: string[];
  /** Only findings at or above this severity. */
  severity?: Severity;
}

export interface FixEntry {
  /** Identifies the fix across passes: rule, file, resource and the path it changes. */
  key: string;
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  resource: string;
  message: string;
  /** What the fix does: "set securityContext.allowPrivilegeEscalation to false". */
  description: string;
  /** Why the fix can change behaviour beyond security. */
  unsafe?: string;
  /** Why it was not made. */
  reason?: string;
  /** The pass that made it. */
  pass?: number;
}

export interface Recheck {
  outcome: GateOutcome;
  /** Fixes made whose finding the check no longer reports. */
  fixed: FixEntry[];
  /** Fixes made whose finding the check still reports. */
  unresolved: FixEntry[];
  /** Findings (within the filters) the check still reports. */
  remaining: Finding[];
  /** Findings that were not there before the fixes. */
  introduced: Finding[];
  /** Inputs that could not be evaluated after the fixes and could before. */
  errors: CheckError[];
}

export interface FixOutcome {
  dryRun: boolean;
  passes: number;
  /** Fixes made (or, with --dry-run, that would be made). */
  applied: FixEntry[];
  /** Fixes not made, each with its reason (needs --unsafe, cannot be made safely, would break the file). */
  skipped: FixEntry[];
  /** Unified diffs of the changed files, by file as reported. */
  diffs: { file: string; diff: string }[];
  /** The check before fixing; its findings carry the fix planned for them. */
  before: GateOutcome;
  /** The check after writing (absent with --dry-run or when nothing changed). */
  after?: Recheck;
  exitCode: number;
}

export async function runFix(options: FixOptions): Promise<FixOutcome> {
  const { gate } = options;
  const before = await runGate(gate);
  const rules = new Map<string, RuleMeta>(before.rules.map((rule) => [rule.id, rule]));
  const wanted = filter(options);
  const workspace = new Workspace(gate.cwd, gate.paths, gate.formatOptions);
  const selection = ruleSelection(before.config.rules, gate.profiles.length ? gate.profiles : before.config.profiles);

  const latest = new Map<string, PlannedFix & { pass: number; applied?: boolean; broken?: string }>();
  const roots = new Set<string>();
  let engine: Engine | undefined;
  let runScope: Finding[] | undefined;
  const original = new Workspace(gate.cwd, gate.paths, gate.formatOptions);
  let targets = before.result.findings.filter(wanted);
  let passes = 0;
  while (passes < MAX_PASSES && targets.length) {
    passes++;
    const plan = planner(workspace, rules, options.unsafe);
    const plans = targets.flatMap((finding) => plan.plan(finding) ?? []);
    for (const planned of plans) {
      const known = latest.get(planned.key);
      if (known?.applied || known?.broken) continue;
      latest.set(planned.key, { ...planned, pass: passes });
    }
    const groups = plans.filter((plan) => plan.edits.length && !latest.get(plan.key)?.broken && !(latest.get(plan.key)?.applied && latest.get(plan.key)!.pass < passes)).map((plan): EditGroup<PlannedFix> => ({ owner: plan, edits: plan.edits }));
    const chosen = chooseGroups(groups);
    const taken = applyValid(workspace, chosen.taken, (plan, problem) => latest.set(plan.key, { ...plan, pass: passes, broken: problem }));
    if (!taken.length && !chosen.deferred.length) break;
    if (!taken.length) continue; // every fix taken broke its file: the deferred ones get their turn
    for (const plan of taken) {
      latest.set(plan.key, { ...plan, pass: passes, applied: true });
      roots.add(plan.finding.location.file);
    }
    // The next pass plans against the edited texts: the document pass again, in memory, plus the
    // run-scope findings (cross-resource rules), which only the whole run makes: those not fixed yet.
    const scope = { before, selection, gate };
    engine ??= await Engine.load(loadBundles(gate));
    if (!runScope) {
      const documentPass = new Set((await recheckInMemory(engine, original, [...roots], scope)).map((finding) => finding.fingerprint));
      runScope = targets.filter((finding) => !documentPass.has(finding.fingerprint));
    }
    const pending = runScope.filter((finding) => ![...latest.values()].some((plan) => plan.finding === finding && (plan.applied || plan.broken)));
    targets = [...(await recheckInMemory(engine, workspace, [...roots], scope)).filter(wanted), ...pending];
  }

  const entries = [...latest.values()].sort(
    (a, b) => (a.finding.location.file < b.finding.location.file ? -1 : a.finding.location.file > b.finding.location.file ? 1 : 0) || a.finding.location.startLine - b.finding.location.startLine || (a.finding.ruleId < b.finding.ruleId ? -1 : 1),
  );
  const applied = entries.filter((plan) => plan.applied).map((plan) => entry(plan));
  const skipped = entries
    .filter((plan) => !plan.applied)
    .map((plan) => entry(plan, plan.broken ?? plan.skipped ?? `another fix changes the same place; run policy fix again (stopped after ${passes} passes)`));
  const changed = workspace.changed();
  const diffs = changed.map((change) => ({ file: workspace.reported(change.file), diff: unifiedDiff(workspace.reported(change.file), change.before, change.after) }));
  // Reports show the fix planned for each finding against the files as they were.
  const shown: GateOutcome = { ...before, result: { ...before.result, findings: withPlannedFixes(before.result.findings, rules, gate, true) } };
  const failedBefore = before.result.errors.length > 0 && !gate.allowErrors;
  if (options.dryRun || !changed.length) {
    const exitCode = failedBefore ? 2 : options.dryRun ? (changed.length ? 1 : 0) : before.decision.exitCode;
    return { dryRun: options.dryRun, passes, applied, skipped, diffs, before: shown, exitCode };
  }
  // Atomically (a temporary file and a rename, the mode kept): an interrupted run leaves each file whole.
  for (const change of changed) writeAtomic(change.file, change.after);
  const after = await recheck(gate, before, applied, rules, wanted);
  const broke = after.introduced.length > 0 || after.errors.length > 0;
  return { dryRun: false, passes, applied, skipped, diffs, before: shown, after, exitCode: broke || failedBefore ? 2 : after.outcome.decision.exitCode };
}

/**
 * The findings, each with the fix `policy fix` would make for it on its own (SARIF `fixes`, the
 * Markdown note): what a report of `policy check` can offer too. Safe fixes only, unless `unsafe`.
 */
export function withPlannedFixes(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>, scope: Pick<GateOptions, 'cwd' | 'paths' | 'formatOptions'>, unsafe = false): Finding[] {
  const workspace = new Workspace(scope.cwd, scope.paths, scope.formatOptions);
  const plan = planner(workspace, rules, unsafe);
  return findings.map((finding) => {
    const fix = finding.suppressed ? undefined : plan.plan(finding);
    return fix?.edits.length ? { ...finding, fix: asFindingFix(fix, workspace) } : finding;
  });
}

function filter(options: FixOptions): (finding: Finding) => boolean {
  const ids = options.rules.length ? ruleIds(options.rules) : () => true;
  return (finding) => !finding.suppressed && ids(finding.ruleId) && (!options.severity || severityRank(finding.severity) >= severityRank(options.severity));
}

/**
 * Applies the chosen fixes to the workspace, keeping only those that leave every file they touch
 * (and every input they are part of) parseable; the others are reported with the parse error.
 */
function applyValid(workspace: Workspace, chosen: EditGroup<PlannedFix>[], broken: (plan: PlannedFix, problem: string) => void): PlannedFix[] {
  const files = [...new Set(chosen.flatMap((group) => group.edits.map((edit) => edit.file)))];
  const snapshot = new Map(files.map((file) => [file, workspace.text(file)]));
  const apply = (groups: EditGroup<PlannedFix>[]) => {
    for (const file of files) workspace.setText(file, applyEdits(snapshot.get(file)!, groups.flatMap((group) => group.edits.filter((edit) => edit.file === file))));
  };
  const problem = (group: EditGroup<PlannedFix>): string | undefined => {
    try {
      workspace.parse(group.owner.finding.location.file);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.toString().replace(/^\w*Error: /, '') : String(error);
    }
  };
  apply(chosen);
  if (chosen.every((group) => problem(group) === undefined)) return chosen.map((group) => group.owner);
  // Something broke a file: take the fixes one by one and keep those that leave it parseable.
  const kept: EditGroup<PlannedFix>[] = [];
  for (const group of chosen) {
    apply([...kept, group]);
    const failure = problem(group);
    if (failure === undefined) kept.push(group);
    else broken(group.owner, `not written: the fix would leave the file unparseable (${failure})`);
  }
  apply(kept);
  return kept.map((group) => group.owner);
}

interface Scope {
  before: GateOutcome;
  selection: ReturnType<typeof ruleSelection>;
  gate: GateOptions;
}

/** The document pass over the edited files, with the config's selection, scope and suppressions. */
async function recheckInMemory(engine: Engine, workspace: Workspace, files: string[], scope: Scope): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) findings.push(...(await workspace.evaluate(engine, file)));
  const side = evaluateSide(
    { ...scope.before.result, findings, errors: [], files: { checked: files.length, skipped: 0 }, notes: [] },
    {
      cwd: scope.gate.cwd,
      patternCwd: scope.gate.cwd,
      config: scope.before.config,
      selection: scope.selection,
      today: scope.gate.today,
      sources: files.map((file) => ({ file, read: () => workspace.text(workspace.absolute(file)) })),
    },
  );
  return side.result.findings;
}

/** The real check after writing, compared with the one before. */
async function recheck(gate: GateOptions, before: GateOutcome, applied: FixEntry[], rules: ReadonlyMap<string, RuleMeta>, wanted: (finding: Finding) => boolean): Promise<Recheck> {
  const outcome = await runGate(gate);
  const findings = outcome.result.findings.filter((finding) => !finding.suppressed);
  const still = new Set(findings.map((finding) => targetKey(finding, rules)));
  // New means unknown before both by place and by message (a compound rule's message lists what it found).
  const place = (finding: Finding) => JSON.stringify([finding.ruleId, finding.location.file, finding.resource, shape(finding.path)]);
  const said = (finding: Finding) => JSON.stringify([finding.ruleId, finding.location.file, finding.resource, finding.message]);
  const places = new Set(before.result.findings.map(place));
  const messages = new Set(before.result.findings.map(said));
  const introduced = findings.filter((finding) => !places.has(place(finding)) && !messages.has(said(finding)));
  const known = new Set(before.result.errors.map((error) => `${error.file}\u0000${error.message}`));
  return {
    outcome,
    fixed: applied.filter((fix) => !still.has(fix.key)),
    unresolved: applied.filter((fix) => still.has(fix.key)),
    remaining: findings.filter(wanted),
    introduced,
    errors: outcome.result.errors.filter((error) => !known.has(`${error.file}\u0000${error.message}`)),
  };
}

/** A finding's key as its fix names it: rule, file, resource and the path the fix changes. */
function targetKey(finding: Finding, rules: ReadonlyMap<string, RuleMeta>): string {
  const declarations = rules.get(finding.ruleId)?.fix ?? [];
  for (const declaration of declarations) {
    const target = anchorPath(finding.path, declaration);
    if (target) return keyOf(finding, target);
  }
  return keyOf(finding, finding.path);
}

function entry(plan: PlannedFix & { pass: number; applied?: boolean }, reason?: string): FixEntry {
  const { finding } = plan;
  return {
    key: plan.key,
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: finding.location.file,
    line: finding.location.startLine,
    resource: finding.resource,
    message: finding.message,
    description: plan.description,
    ...(plan.unsafe ? { unsafe: plan.unsafe } : {}),
    ...(reason ? { reason } : {}),
    ...(plan.applied ? { pass: plan.pass } : {}),
  };
}
