// The GitHub Action: `policy check` run in-process through the CLI's own main(), so the action and
// the CLI cannot disagree, then the step summary, outputs and the step's status from its reports.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { main, type Io } from '../cli/main.js';
import { SEVERITIES } from '../findings/finding.js';
import { EXIT } from '../gate/decide.js';
import { readText } from '../gate/evaluate.js';
import { renderHtml, riskOf } from '../report/html.js';
import type { Report } from '../report/model.js';
import { writeAtomic } from '../util/atomic.js';
import { readInputs, type ActionInputs } from './inputs.js';

/** Runs in the workspace the runner starts it in, reading INPUT_* and GITHUB_* from the environment. */
export async function runAction(): Promise<void> {
  const env = process.env;
  const cwd = process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    core.setOutput('decision', 'failed');
    core.setFailed(`policygate: ${(error as Error).message}`);
    return;
  }
  const temporary = mkdtempSync(join(env['RUNNER_TEMP'] || tmpdir(), 'policygate-'));
  try {
    const policy = (args: string[]) => main(['node', 'policy', ...args], io(env, cwd));
    const { sbom } = inputs.reports;
    // `policy check` creates its reports' folders; `policy sbom` does not.
    if (sbom) mkdirSync(dirname(resolve(cwd, sbom)), { recursive: true });
    const sbomCode = sbom ? await policy(['sbom', '--output', sbom, '--', ...inputs.paths]) : EXIT.passed;
    // Written fresh on every run, so that a report found afterwards is this run's.
    const json = join(temporary, 'report.json');
    const markdown = join(temporary, 'summary.md');
    if (inputs.base) core.info(`policygate: counting only findings new since ${inputs.base}`);
    const code = await policy(checkArguments(inputs, json, markdown));
    const report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Report) : undefined;

    const sbomFile = sbomCode === EXIT.passed ? sbom : '';
    const { sarif, junit, json: jsonFile, html } = report ? inputs.reports : { sarif: '', junit: '', json: '', html: '' };
    if (report && html) writeHtml(report, resolve(cwd, html), sbomFile && resolve(cwd, sbomFile), cwd);
    const written = { sarif, junit, html, json: jsonFile, sbom: sbomFile };
    if (existsSync(markdown)) {
      if (env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(readFileSync(markdown, 'utf8')).write();
      else core.info('policygate: no GITHUB_STEP_SUMMARY, so no step summary');
    }
    setOutputs(report, written);
    conclude(code, sbomCode, report);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** The `policy check` command line for the inputs: options, then `--`, then the paths. */
export function checkArguments(inputs: ActionInputs, json: string, markdown: string): string[] {
  const reports = { sarif: inputs.reports.sarif, junit: inputs.reports.junit, json: inputs.reports.json };
  return [
    'check',
    '--output',
    `json=${json}`,
    '--output',
    `markdown=${markdown}`,
    ...Object.entries(reports).flatMap(([format, path]) => (path ? ['--output', `${format}=${path}`] : [])),
    ...(inputs.base ? ['--base', inputs.base] : []),
    ...(inputs.config ? ['--config', inputs.config] : []),
    ...inputs.profiles.flatMap((profile) => ['--profile', profile]),
    ...(inputs.severityThreshold ? ['--severity-threshold', inputs.severityThreshold] : []),
    // Known to `policy check` once the risk score lands; until then the CLI refuses it (exit 2).
    ...(inputs.riskThreshold ? ['--risk-threshold', inputs.riskThreshold] : []),
    ...inputs.bundles.flatMap((bundle) => ['--bundle', bundle]),
    ...(inputs.softFail ? ['--soft-fail'] : []),
    '--',
    ...inputs.paths,
  ];
}

/** Rendered here rather than by --output html=: the action can give it the sources and the SBOM. */
function writeHtml(report: Report, file: string, sbom: string, cwd: string): void {
  const components = sbom ? (JSON.parse(readFileSync(sbom, 'utf8')) as unknown) : undefined;
  writeAtomic(file, renderHtml(report, { readSource: (path) => readText(resolve(cwd, path)), ...(components !== undefined ? { sbom: components } : {}) }));
}

/** The CLI's streams go to stdout, which the runner reads for workflow commands (the annotations). */
function io(env: NodeJS.ProcessEnv, cwd: string): Io {
  const write = (text: string) => void process.stdout.write(text);
  return { stdout: write, stderr: write, readStdin: () => '', cwd, env, isTTY: false };
}

function decisionOf(report: Report | undefined): 'passed' | 'blocked' | 'failed' {
  if (!report || report.decision.failedClosed) return 'failed';
  return report.decision.blocked ? 'blocked' : 'passed';
}

function setOutputs(report: Report | undefined, written: Record<'sarif' | 'junit' | 'html' | 'json' | 'sbom', string>): void {
  core.setOutput('decision', decisionOf(report));
  const risk = report ? riskOf(report) : undefined;
  core.setOutput('risk-score', risk?.score ?? '');
  core.setOutput('risk-rating', risk?.rating ?? '');
  // Findings that count are the new ones: with a base, carried-over findings are suppressed.
  core.setOutput('new-findings', report ? report.summary.findings : '');
  for (const severity of SEVERITIES) core.setOutput(`new-${severity}`, report ? report.summary.bySeverity[severity] : '');
  for (const [format, path] of Object.entries(written)) core.setOutput(`${format}-file`, path);
}

/** The step fails exactly when `policy check` exits non-zero (blocked, or fail-closed), or the SBOM failed. */
function conclude(code: number, sbomCode: number, report: Report | undefined): void {
  if (code === EXIT.blocked) core.setFailed(`policygate blocked this change: ${report?.decision.reasons.join('; ') ?? 'see the log'}`);
  else if (code !== EXIT.passed) {
    core.setFailed(
      report?.decision.failedClosed
        ? `policygate: ${report.summary.errors} input${report.summary.errors === 1 ? '' : 's'} could not be evaluated, and the gate fails closed`
        : 'policygate could not run the check (see the message above)',
    );
  } else if (sbomCode !== EXIT.passed) core.setFailed('policygate: the SBOM could not be built from every input (see the errors above)');
  else if (report?.decision.blocked) core.warning(`policygate would block this change (${report.decision.reasons.join('; ')}), but soft-fail is set`);
  else core.info('policygate: passed');
}
