// `policy risk [paths]` (the change risk, explained), `policy db info <path>` (what an offline
// vulnerability database holds), and the options and step that add the risk to `policy check`.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { decide, EXIT } from '../gate/decide.js';
import type { GateOutcome } from '../gate/pipeline.js';
import { runGate } from '../gate/pipeline.js';
import type { RunResult } from '../engine/run.js';
import type { Decision } from '../gate/decide.js';
import { assessChange, type ChangeAssessment, type RiskReport } from '../risk/change.js';
import { RiskConfigError } from '../risk/config.js';
import { renderRisk } from '../risk/explain.js';
import { buildSbom } from '../sbom/index.js';
import { writeAtomic } from '../util/atomic.js';
import { databaseInfo, DatabaseError, FeedError } from '../vuln/index.js';
import { gateOptions, type CheckCommandOptions } from './check.js';
import { UsageError, version, type Io } from './main.js';

/** The options `check` and `risk` share for vulnerabilities and the risk model. */
export interface RiskArguments {
  vulnDb?: string;
  kev?: string;
  epss?: string;
  vex?: string;
  /** A CycloneDX JSON SBOM to match instead of building one. */
  matchSbom?: string;
  /** Where to write the SBOM of the checked change (with its vulnerabilities, given --vuln-db). */
  sbom?: string;
  riskConfig?: string;
}

export function addRiskOptions(command: Command): Command {
  return command
    .option('--vuln-db <path>', 'offline OSV database: a directory of OSV JSON records and/or OSV\'s per-ecosystem zip archives, or one of them')
    .option('--kev <file>', 'CISA Known Exploited Vulnerabilities catalog (JSON), with --vuln-db')
    .option('--epss <file>', 'FIRST EPSS scores (CSV, gzipped or not), with --vuln-db')
    .option('--vex <file>', 'CycloneDX VEX: vulnerabilities marked not_affected leave the risk, with --vuln-db')
    .option('--match-sbom <file>', 'match the components of this CycloneDX JSON SBOM instead of building one, with --vuln-db')
    .option('--sbom <file>', 'also write the CycloneDX SBOM of the checked paths (with the vulnerabilities found, given --vuln-db)')
    .option('--risk-config <file>', 'risk model settings: environment words, label and tag keys, factors (YAML or JSON, see docs/risk.md)');
}

// commander hands over its parsed options untyped; this is where the risk options are read.
export function riskArguments(options: Record<string, unknown>): RiskArguments {
  const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
  const parsed: RiskArguments = {};
  for (const key of ['vulnDb', 'kev', 'epss', 'vex', 'matchSbom', 'sbom', 'riskConfig'] as const) {
    const value = text(key);
    if (value !== undefined) parsed[key] = value;
  }
  const needsDatabase = (['kev', 'epss', 'vex', 'matchSbom'] as const).filter((key) => parsed[key] !== undefined);
  if (needsDatabase.length && parsed.vulnDb === undefined) {
    const flags = needsDatabase.map((key) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw new UsageError(`${flags.join(', ')} need${needsDatabase.length === 1 ? 's' : ''} --vuln-db`);
  }
  return parsed;
}

export interface AssessedRun {
  result: RunResult;
  decision: Decision;
  risk: RiskReport;
  assessment: ChangeAssessment;
}

/**
 * Scores the run's risk and decides again with it: the risk may block (the config's gate.risk),
 * and inputs the risk could not use (a lockfile, a database record) fail closed like any input.
 */
export async function assessRun(outcome: GateOutcome, options: CheckCommandOptions, io: Io, riskThreshold?: number): Promise<AssessedRun> {
  const risk = options.risk ?? {};
  let assessment: ChangeAssessment;
  try {
    assessment = await assessChange({
      cwd: io.cwd,
      paths: options.paths,
      index: outcome.result.index ?? [],
      findings: outcome.result.findings,
      ...(risk.vulnDb !== undefined ? { vuln: { db: risk.vulnDb, kev: risk.kev, epss: risk.epss, vex: risk.vex } } : {}),
      ...(risk.matchSbom !== undefined ? { sbom: risk.matchSbom } : {}),
      ...(risk.riskConfig !== undefined ? { riskConfig: risk.riskConfig } : {}),
      tool: { name: 'policygate', version: version() },
    });
  } catch (error) {
    if (error instanceof DatabaseError || error instanceof FeedError || error instanceof RiskConfigError) throw new UsageError(error.message);
    throw error;
  }
  const errors = [...assessment.errors, ...(await writeChangeSbom(options, assessment, io))];
  const result = errors.length ? { ...outcome.result, errors: [...outcome.result.errors, ...errors] } : outcome.result;
  const previous = outcome.decision;
  const threshold = riskThreshold ?? previous.risk?.threshold;
  const decision = decide(
    result.findings,
    result.errors.length,
    {
      severity: previous.threshold,
      ...(previous.maxNewFindings !== undefined ? { maxNewFindings: previous.maxNewFindings } : {}),
      ...(threshold !== undefined ? { risk: threshold } : {}),
      softFail: previous.softFail,
      allowErrors: options.allowErrors,
    },
    assessment.report.score,
  );
  return { result, decision, risk: assessment.report, assessment };
}

function score(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError('expected a score from 0 to 100');
  return number;
}

interface RiskCommandOptions extends CheckCommandOptions {
  threshold?: number;
}

/**
 * `--sbom <file>`: the SBOM of the checked change beside the findings: the one the vulnerability
 * matching built (with its vulnerabilities section), else one built for the same paths.
 * Returns the files the SBOM could not read, which fail the gate like any input.
 */
export async function writeChangeSbom(options: CheckCommandOptions, assessment: ChangeAssessment, io: Io): Promise<RunResult['errors']> {
  if (options.risk?.sbom === undefined) return [];
  const file = resolve(io.cwd, options.risk.sbom);
  mkdirSync(dirname(file), { recursive: true });
  if (assessment.sbom) {
    writeAtomic(file, `${JSON.stringify(assessment.sbom, null, 2)}\n`);
    return [];
  }
  const built = await buildSbom(options.paths.filter((path) => path !== '-'), { cwd: io.cwd, tool: { name: 'policygate', version: version() } });
  writeAtomic(file, built.bom);
  return built.errors;
}

/** `policy risk`: exit 0, or 1 when the score reaches --threshold (else the config's gate.risk), 2 when inputs could not be evaluated. */
export async function riskCommand(options: RiskCommandOptions, io: Io): Promise<number> {
  const gate = gateOptions(options, io);
  const outcome = await runGate(gate);
  for (const warning of outcome.warnings) io.stderr(`policy: warning: ${warning}\n`);
  const { result, risk } = await assessRun(outcome, options, io);
  io.stdout(options.format === 'json' ? `${JSON.stringify({ schemaVersion: 1, tool: { name: 'policygate', version: version() }, risk, errors: result.errors }, null, 2)}\n` : renderRisk(risk));
  for (const error of result.errors) io.stderr(`policy: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
  if (result.errors.length && !options.allowErrors) return EXIT.error;
  const threshold = options.threshold ?? outcome.config.gate.risk;
  return threshold !== undefined && risk.score >= threshold ? EXIT.blocked : EXIT.passed;
}

/**
 * Registers `policy risk` with the scan options `check` has (passed in, as main.ts declares them)
 * and `policy db info`.
 */
export function addRiskCommands(
  cli: Command,
  io: Io,
  setExit: (code: number) => void,
  scanOptions: (command: Command) => Command,
  checkOptions: (paths: string[], options: Record<string, unknown>, io: Io) => CheckCommandOptions,
): void {
  addRiskOptions(scanOptions(cli.command('risk')))
    .description('score the risk of the paths checked from 0 to 100 and explain it; exit 1 when it reaches --threshold (else the config\'s gate.risk), 2 on input errors')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--threshold <score>', 'exit 1 when the risk reaches this score (default: the config\'s gate.risk)', score)
    .action(async (paths: string[], options: Record<string, unknown>) =>
      setExit(
        await riskCommand(
          {
            ...checkOptions(paths, options, io),
            ...(options['threshold'] !== undefined ? { threshold: options['threshold'] as number } : {}),
          },
          io,
        ),
      ),
    );

  cli
    .command('db')
    .description('offline vulnerability databases')
    .command('info')
    .description('count the records of an OSV database (a directory of records and/or OSV zip archives) per ecosystem, with the newest modified date')
    .argument('<path>', 'the database')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((path: string, options: { format: 'text' | 'json' }) => setExit(dbInfoCommand(path, options.format, io)));
}

export function dbInfoCommand(path: string, format: 'text' | 'json', io: Io): number {
  let info;
  try {
    info = databaseInfo(resolve(io.cwd, path), path);
  } catch (error) {
    if (error instanceof DatabaseError) throw new UsageError(error.message);
    throw error;
  }
  if (format === 'json') io.stdout(`${JSON.stringify(info, null, 2)}\n`);
  else {
    const width = Math.max(9, ...Object.keys(info.ecosystems).map((name) => name.length));
    const lines = [
      `${info.path}: ${info.records} record${info.records === 1 ? '' : 's'} (${info.withdrawn} withdrawn)${info.newestModified ? `, newest modified ${info.newestModified}` : ''}`,
      ...Object.entries(info.ecosystems).map(([ecosystem, count]) => `  ${ecosystem.padEnd(width)} ${String(count).padStart(8)}`),
      ...(info.ignored ? [`  (${info.ignored} file${info.ignored === 1 ? '' : 's'} that are not .json or .zip ignored)`] : []),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  for (const problem of info.problems) io.stderr(`policy: ${problem.source}: ${problem.message}\n`);
  return info.problems.length ? EXIT.error : EXIT.passed;
}
