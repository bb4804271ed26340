// commander wiring only: each command parses its flags, calls the pipeline and picks a reporter.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { initConfig } from '../config/init.js';
import { CONFIG_FILE, ConfigError } from '../config/load.js';
import { AuthoringError } from '../authoring/errors.js';
import { BundleError } from '../engine/bundle.js';
import { SEVERITIES, type Severity } from '../findings/finding.js';
import { PROFILES } from '../findings/profiles.js';
import { EXIT } from '../gate/decide.js';
import { GateError } from '../gate/error.js';
import { REPORT_FORMATS } from '../report/render.js';
import { baselineCreateCommand, checkCommand, type CheckCommandOptions } from './check.js';
import { explainCommand, listCommand } from './catalog.js';
import { addAuthoringCommands, policyBundleFor } from './authoring.js';
import { addSbomCommand } from './sbom.js';
import { addRiskCommands, addRiskOptions, riskArguments } from './risk.js';
import { fixCommand } from './fix.js';

/** A mistake in how the command was called: exit code 2 with a one-line message. */
export class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return number;
}

/** The options `check` and `baseline create` share: what to check, with which rules and config. */
function scanOptions(command: Command): Command {
  return command
    .argument('[paths...]', 'files or directories to check', ['.'])
    .addOption(new Option('--severity-threshold <severity>', 'block on findings at or above this severity (default: the config\'s gate.severity, else high)').choices([...SEVERITIES]))
    .addOption(new Option('--profile <name>', 'run only the rules of a profile (repeatable; replaces the config\'s profiles)').choices(Object.keys(PROFILES)).argParser(collect))
    .option('--config <file>', 'config file (default: the nearest .policygate.yaml upward from the paths checked)')
    .option('--bundle <file>', 'add a prebuilt policy bundle (.tar.gz from opa build, or policy.wasm) (repeatable)', collect, [])
    .option('--no-builtin', 'do not evaluate the built-in rule library')
    .option('--policy <dir>', 'add your own policy directory, compiled with opa (cached until it changes)')
    .option('--opa <path>', 'the opa binary for --policy (default: $OPA_PATH, .tools/bin/opa, then $PATH)')
    .option('--parameters <file>', 'ARM parameters file for the templates checked (repeatable)', collect, [])
    .option('--stdin-filename <name>', 'name to report for input read from stdin', 'stdin.yaml')
    .option('--threads <n>', 'worker threads (default: one per core; 1 checks in-process)', positiveInteger)
    .option('--allow-errors', 'do not fail closed on inputs that could not be evaluated (they are still listed)', false);
}

// commander hands over its parsed options untyped; this is the one place they are read.
function checkOptions(paths: string[], options: Record<string, unknown>, io: Io): CheckCommandOptions {
  const parameters = options['parameters'] as string[];
  return {
    paths,
    format: (options['format'] as CheckCommandOptions['format'] | undefined) ?? 'text',
    ...(options['severityThreshold'] !== undefined ? { severityThreshold: options['severityThreshold'] as Severity } : {}),
    profiles: (options['profile'] as string[] | undefined) ?? [],
    bundles: [...(options['bundle'] as string[]), ...(options['policy'] ? [policyBundleFor(options['policy'] as string, options['opa'] as string | undefined, io)] : [])],
    builtin: options['builtin'] as boolean,
    formatOptions: parameters.length ? { parameters } : {},
    stdinFilename: options['stdinFilename'] as string,
    ...(options['threads'] !== undefined ? { threads: options['threads'] as number } : {}),
    ...(options['config'] !== undefined ? { config: options['config'] as string } : {}),
    ...(options['baseline'] !== undefined ? { baseline: options['baseline'] as string } : {}),
    ...(options['base'] !== undefined ? { base: options['base'] as string } : {}),
    outputs: (options['output'] as string[] | undefined) ?? [],
    softFail: Boolean(options['softFail']),
    allowErrors: Boolean(options['allowErrors']),
    risk: riskArguments(options),
  };
}

function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command('policy')
    .description('Policy-as-code gate for Kubernetes, Azure ARM, sshd_config, host firewalls and Dockerfiles')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  addRiskOptions(scanOptions(cli.command('check')))
    .description('check files and directories (- reads a stream from stdin); exit 0 passed, 1 blocked, 2 error')
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices([...REPORT_FORMATS]).default('text'))
    .option('-o, --output <format=path>', `also write a report to a file (repeatable; format one of ${REPORT_FORMATS.join(', ')})`, collect)
    .option('--baseline <file>', 'count only findings not in this baseline (from `policy baseline create`)')
    .option('--base <git-ref>', 'check only the files changed since this git ref, on both sides, and count only new findings')
    .option('--soft-fail', 'report the decision but exit 0 when the gate blocks', false)
    .action(async (paths: string[], options: Record<string, unknown>) => setExit(await checkCommand(checkOptions(paths, options, io), io)));

  scanOptions(cli.command('baseline').description('record known findings, so that `check --baseline` counts only new ones').command('create'))
    .description('record the findings of the paths checked in a baseline file')
    .requiredOption('-o, --output <file>', 'baseline file to write')
    .action(async (paths: string[], options: Record<string, unknown>) =>
      setExit(await baselineCreateCommand({ ...checkOptions(paths, options, io), output: options['output'] as string }, io)),
    );

  cli
    .command('init')
    .description('write a commented starter .policygate.yaml')
    .argument('[dir]', 'directory to write it in', '.')
    .option('--force', 'replace an existing file', false)
    .action((dir: string, options: { force: boolean }) => {
      const file = initConfig(resolve(io.cwd, dir), options.force);
      if (!file) throw new UsageError(`${join(dir, CONFIG_FILE)} already exists (use --force to replace it)`);
      io.stdout(`Wrote ${relative(io.cwd, file) || file}\n`);
      setExit(EXIT.passed);
    });

  cli
    .command('list')
    .description('list the rules of the built-in library and any added bundles')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--kind <kind>', 'only rules for this input kind')
    .addOption(new Option('--profile <name>', 'only rules of this profile').choices(Object.keys(PROFILES)))
    .option('--bundle <file>', 'add a prebuilt policy bundle (repeatable)', collect, [])
    .action((options) => setExit(listCommand(options, io)));

  cli
    .command('explain')
    .description('show what a rule checks, why, and how to fix it')
    .argument('<ruleId>', 'rule id, e.g. K8S-PSS-003')
    .option('--bundle <file>', 'add a prebuilt policy bundle (repeatable)', collect, [])
    .action((ruleId: string, options) => setExit(explainCommand(ruleId, options, io)));

  scanOptions(cli.command('fix'))
    .description('apply the fixes rules declare, keeping the files\' formatting, then check again; exit 0 passed, 1 still blocked, 2 error or a fix broke something')
    .option('--dry-run', 'print the unified diff of what would change and write nothing (exit 1 when something would change)', false)
    .option('--unsafe', 'also apply fixes that can change behaviour beyond security (e.g. a read-only root filesystem)', false)
    .option('--rule <id>', 'fix only findings of this rule (repeatable, * wildcards)', collect, [])
    .addOption(new Option('--severity <severity>', 'fix only findings at or above this severity').choices([...SEVERITIES]))
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(['text', 'json']).default('text'))
    .option('-o, --output <format=path>', `also write a report of the findings with their planned fixes (repeatable; format one of ${REPORT_FORMATS.join(', ')})`, collect)
    .action(async (paths: string[], options: Record<string, unknown>) =>
      setExit(
        await fixCommand(
          {
            ...checkOptions(paths, options, io),
            format: options['format'] as 'text' | 'json',
            dryRun: Boolean(options['dryRun']),
            unsafe: Boolean(options['unsafe']),
            rules: options['rule'] as string[],
            ...(options['severity'] !== undefined ? { severity: options['severity'] as Severity } : {}),
          },
          io,
        ),
      ),
    );

  addAuthoringCommands(cli, io, setExit);
  addSbomCommand(cli, io, setExit);
  addRiskCommands(cli, io, setExit, scanOptions, checkOptions);

  return cli;
}

/** Runs the CLI and returns the exit code; never throws, never calls process.exit. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.passed;
  try {
    await program(io, (code) => (exitCode = code)).parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.passed : EXIT.error;
    }
    if (error instanceof UsageError || error instanceof BundleError || error instanceof ConfigError || error instanceof GateError || error instanceof AuthoringError) {
      io.stderr(`policy: ${error.message}\n`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? (io.env['POLICYGATE_DEBUG'] ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`policy: internal error: ${detail}\n(set POLICYGATE_DEBUG=1 for details, and please report it)\n`);
    return EXIT.error;
  }
}
