import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Severity } from '../findings/finding.js';
import { todayFrom } from '../findings/waivers.js';
import { baselineOf, serializeBaseline } from '../gate/baseline.js';
import { EXIT } from '../gate/decide.js';
import { runGate, type GateOptions } from '../gate/pipeline.js';
import { renderAnnotations } from '../report/annotations.js';
import { buildReport } from '../report/model.js';
import { isReportFormat, render, REPORT_FORMATS, type RenderContext, type ReportFormat } from '../report/render.js';
import { readText } from '../gate/evaluate.js';
import { withPlannedFixes } from '../fix/run.js';
import { writeAtomic } from '../util/atomic.js';
import { UsageError, version, type Io } from './main.js';
import { assessRun, type RiskArguments } from './risk.js';

export interface CheckCommandOptions {
  paths: string[];
  format: ReportFormat;
  /** Unset: the config's gate.severity, else high. */
  severityThreshold?: Severity;
  profiles: string[];
  bundles: string[];
  builtin: boolean;
  formatOptions: Record<string, unknown>;
  stdinFilename: string;
  threads?: number;
  config?: string;
  baseline?: string;
  base?: string;
  /** `format=path` reports to write besides stdout (replace the config's outputs). */
  outputs: string[];
  softFail: boolean;
  allowErrors: boolean;
  /** Vulnerability database, feeds and risk settings (`check` and `risk`). */
  risk?: RiskArguments;
}

export async function checkCommand(options: CheckCommandOptions, io: Io): Promise<number> {
  const requested = options.outputs.map(parseOutput);
  const gate = gateOptions(options, io);
  const outcome = await runGate(gate);
  for (const warning of outcome.warnings) io.stderr(`policy: warning: ${warning}\n`);
  const assessed = await assessRun(outcome, options, io);
  const { decision, risk } = assessed;
  const outputs = requested.length
    ? requested.map((output) => ({ ...output, path: resolve(io.cwd, output.path) }))
    : outcome.config.outputs.map((output) => ({ ...output, path: resolve(outcome.config.dir, output.path) }));
  // SARIF carries the fixes rules declare; planning them reads the files again, so only for SARIF.
  const result = [options.format, ...outputs.map((output) => output.format)].includes('sarif')
    ? { ...assessed.result, findings: withPlannedFixes(assessed.result.findings, new Map(outcome.rules.map((rule) => [rule.id, rule])), gate) }
    : assessed.result;
  const report = buildReport(result, decision, version(), { waivers: outcome.waivers, ...(outcome.comparison ? { comparison: outcome.comparison } : {}), risk });
  const context: RenderContext = {
    rules: outcome.rules,
    checked: outcome.checked,
    color: false,
    // The HTML report shows the lines around each finding.
    readSource: (file) => (gate.stdin && file === gate.stdin.file ? gate.stdin.text : readText(resolve(io.cwd, file))),
    ...(options.risk?.sbom !== undefined ? { sbom: JSON.parse(readText(resolve(io.cwd, options.risk.sbom)) ?? 'null') as unknown } : {}),
  };
  for (const output of outputs) {
    mkdirSync(dirname(output.path), { recursive: true });
    writeAtomic(output.path, render(output.format, report, context));
  }
  io.stdout(render(options.format, report, { ...context, color: io.isTTY && !io.env['NO_COLOR'] }));
  if (io.env['GITHUB_ACTIONS'] === 'true') io.stderr(renderAnnotations(report));
  return decision.exitCode;
}

/** `policy baseline create`: records the findings of a run, suppressed ones marked, for `check --baseline`. */
export async function baselineCreateCommand(options: CheckCommandOptions & { output: string }, io: Io): Promise<number> {
  const outcome = await runGate(gateOptions({ ...options, baseline: undefined, base: undefined }, io));
  const { findings, errors } = outcome.result;
  if (errors.length && !options.allowErrors) {
    for (const error of errors) io.stderr(`policy: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
    io.stderr(`policy: no baseline written: ${errors.length} input${errors.length === 1 ? '' : 's'} could not be evaluated (--allow-errors records the rest)\n`);
    return EXIT.error;
  }
  const path = resolve(io.cwd, options.output);
  mkdirSync(dirname(path), { recursive: true });
  writeAtomic(path, serializeBaseline(baselineOf(findings), version()));
  const suppressed = findings.filter((finding) => finding.suppressed).length;
  io.stdout(`Recorded ${findings.length} finding${findings.length === 1 ? '' : 's'} (${suppressed} suppressed) in ${options.output}\n`);
  return EXIT.passed;
}

export function gateOptions(options: CheckCommandOptions, io: Io): GateOptions {
  let today: string;
  try {
    today = todayFrom(io.env['POLICYGATE_TODAY']);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (options.base !== undefined && options.baseline !== undefined) throw new UsageError('--base and --baseline cannot be combined: compare with one or the other');
  const stdin = options.paths.includes('-') ? { text: io.readStdin(), file: options.stdinFilename } : undefined;
  return {
    cwd: io.cwd,
    paths: options.paths,
    ...(stdin ? { stdin } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    profiles: options.profiles,
    bundles: options.bundles,
    builtin: options.builtin,
    formatOptions: options.formatOptions,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.severityThreshold !== undefined ? { severity: options.severityThreshold } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    ...(options.base !== undefined ? { base: options.base } : {}),
    softFail: options.softFail,
    allowErrors: options.allowErrors,
    today,
  };
}

export function parseOutput(value: string): { format: ReportFormat; path: string } {
  const at = value.indexOf('=');
  const format = value.slice(0, at);
  const path = value.slice(at + 1);
  if (at < 1 || !isReportFormat(format) || !path) throw new UsageError(`--output ${value}: expected <format>=<path>, format one of ${REPORT_FORMATS.join(', ')}`);
  return { format, path };
}
