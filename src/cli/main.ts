// commander wiring only: each command parses its flags, calls the pipeline and picks a reporter.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BundleError } from '../engine/bundle.js';
import { SEVERITIES, type Severity } from '../findings/finding.js';
import { PROFILES } from '../findings/profiles.js';
import { EXIT } from '../gate/decide.js';
import { checkCommand } from './check.js';
import { explainCommand, listCommand } from './catalog.js';
import { addSbomCommand } from './sbom.js';

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

function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command('policy')
    .description('Policy-as-code gate for Kubernetes, Azure ARM, sshd_config, host firewalls and Dockerfiles')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  cli
    .command('check')
    .description('check files and directories (- reads a stream from stdin); exit 0 passed, 1 blocked, 2 error')
    .argument('[paths...]', 'files or directories to check', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--severity-threshold <severity>', 'block on findings at or above this severity').choices([...SEVERITIES]).default('high'))
    .addOption(new Option('--profile <name>', 'run only the rules of a profile (repeatable)').choices(Object.keys(PROFILES)).argParser(collect))
    .option('--bundle <file>', 'add a prebuilt policy bundle (.tar.gz from opa build, or policy.wasm) (repeatable)', collect, [])
    .option('--no-builtin', 'do not evaluate the built-in rule library')
    .option('--parameters <file>', 'ARM parameters file for the templates checked (repeatable)', collect, [])
    .option('--stdin-filename <name>', 'name to report for input read from stdin', 'stdin.yaml')
    .option('--threads <n>', 'worker threads (default: one per core; 1 checks in-process)', positiveInteger)
    .action(async (paths: string[], options) => {
      setExit(
        await checkCommand(
          {
            paths,
            format: options.format,
            severityThreshold: options.severityThreshold as Severity,
            profiles: options.profile ?? [],
            bundles: options.bundle,
            builtin: options.builtin,
            formatOptions: options.parameters.length ? { parameters: options.parameters } : {},
            stdinFilename: options.stdinFilename,
            threads: options.threads,
          },
          io,
        ),
      );
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

  addSbomCommand(cli, io, setExit);

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
    if (error instanceof UsageError || error instanceof BundleError) {
      io.stderr(`policy: ${error.message}\n`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? (io.env['POLICYGATE_DEBUG'] ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`policy: internal error: ${detail}\n(set POLICYGATE_DEBUG=1 for details, and please report it)\n`);
    return EXIT.error;
  }
}
