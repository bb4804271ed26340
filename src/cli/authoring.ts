// `policy new`, `policy build`, `policy test`, and the --policy <dir> of `policy check`:
// writing, compiling and testing a user's own rules.
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { buildPolicyBundle, opaPath, policyDirectory, runRegoTests } from '../authoring/build.js';
import { cachedPolicyBundle } from '../authoring/cache.js';
import { findSuites, readSuite, runCase, type CaseResult } from '../authoring/fixtures.js';
import { scaffoldRule } from '../authoring/scaffold.js';
import { readBundle } from '../engine/bundle.js';
import { Engine } from '../engine/engine.js';
import { SEVERITIES, type Severity } from '../findings/finding.js';
import { EXIT } from '../gate/decide.js';
import type { Io } from './main.js';

const OPA_OPTION = '--opa <path>';
const OPA_HELP = 'the opa binary (default: $OPA_PATH, .tools/bin/opa, then $PATH)';

/** `policy check --policy <dir>`: the directory's compiled bundle, rebuilt only when something it is built from changed. */
export function policyBundleFor(dir: string, opa: string | undefined, io: Io): string {
  const cached = cachedPolicyBundle(dir, { cwd: io.cwd, env: io.env, binary: opaPath(opa, io.env) });
  if (cached.built) io.stderr(`policy: compiled ${dir} (${cached.built.length} rule${cached.built.length === 1 ? '' : 's'})\n`);
  return cached.file;
}

export function newCommand(kind: string, name: string, options: { dir: string; family: string; severity: Severity; id?: string }, io: Io): number {
  const scaffold = scaffoldRule({ kind, name, ...options, cwd: io.cwd });
  const lines = [...scaffold.files.map((file) => `created ${file}`), `rule ${scaffold.id}: replace the example condition, then run \`policy test ${options.dir}\``];
  if (scaffold.noFixture) lines.push(`note: ${scaffold.noFixture}`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.passed;
}

export function buildCommand(dir: string, options: { output: string; opa?: string }, io: Io): number {
  const rules = buildPolicyBundle(dir, options.output, { binary: opaPath(options.opa, io.env), cwd: io.cwd });
  const width = Math.max(...rules.map((rule) => rule.id.length));
  io.stdout(
    `${options.output}: ${rules.length} rule${rules.length === 1 ? '' : 's'}\n` +
      rules.map((rule) => `  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.title}\n`).join(''),
  );
  return EXIT.passed;
}

function opaIfAvailable(explicit: string | undefined, io: Io): string | undefined {
  if (explicit || io.env['OPA_PATH']) return opaPath(explicit, io.env);
  try {
    return opaPath(undefined, io.env);
  } catch {
    return undefined;
  }
}

function caseReport(result: CaseResult, io: Io): string {
  const suite = relative(io.cwd, result.suite);
  if (result.passed) return `  pass  ${suite}: ${result.name}\n`;
  const details = [...result.problems, ...(result.diff.length ? ['expected (-) and actual (+) findings:', ...result.diff.map((line) => `  ${line}`)] : [])];
  return `  FAIL  ${suite}: ${result.name}\n${details.map((line) => `        ${line}\n`).join('')}`;
}

/**
 * `policy test <dir>`: the directory's Rego unit tests with `opa test` (when opa is there), then
 * every tests.yaml under it against the compiled WASM, through the real pipeline. Exit 1 when a
 * test fails; a directory or suite that cannot be built or read is an error (2).
 */
export async function testCommand(dir: string, options: { opa?: string; bundle?: string }, io: Io): Promise<number> {
  const absolute = policyDirectory(dir, io.cwd);
  const binary = options.bundle ? opaIfAvailable(options.opa, io) : opaPath(options.opa, io.env);
  const bundle = readBundle(options.bundle ? resolve(io.cwd, options.bundle) : policyBundleFor(dir, options.opa, io));
  let failed = false;
  if (binary) {
    const unit = runRegoTests(dir, { binary, cwd: io.cwd });
    failed ||= !unit.passed;
    io.stdout(`Rego unit tests (opa test ${dir})\n${unit.output ? unit.output.replace(/^/gm, '  ') : '  no tests'}\n`);
  } else {
    io.stdout(`Rego unit tests: skipped, opa was not found (pass --opa or set OPA_PATH)\n`);
  }
  const suites = findSuites(absolute).map((file) => ({ file, cases: readSuite(file) }));
  const engine = await Engine.load([bundle]);
  const results: CaseResult[] = [];
  for (const suite of suites) {
    for (const fixture of suite.cases) results.push(await runCase(engine, suite.file, fixture, io.cwd));
  }
  const failures = results.filter((result) => !result.passed).length;
  failed ||= failures > 0;
  io.stdout(
    `Fixture tests (${suites.length} tests.yaml)\n` +
      results.map((result) => caseReport(result, io)).join('') +
      `${results.length ? `  ${results.length - failures} passed, ${failures} failed` : `  no tests.yaml under ${dir}`}\n`,
  );
  return failed ? EXIT.blocked : EXIT.passed;
}

/** Adds `policy new`, `policy build` and `policy test` to the CLI. */
export function addAuthoringCommands(cli: Command, io: Io, setExit: (code: number) => void): void {
  cli
    .command('new')
    .description('scaffold a rule in your policy directory: the rule, its Rego test, and fixtures in the real format')
    .argument('<kind>', 'input kind: k8s, arm, sshd, firewall or dockerfile')
    .argument('<name>', 'rule name, e.g. require-team-label (the package is <kind>.<family>.<name>)')
    .option('--dir <dir>', 'your policy directory', 'policies')
    .option('--family <family>', 'rule family: the folder and package segment between kind and name', 'custom')
    .option('--id <id>', 'rule id (default: the next free <PREFIX>-<FAMILY>-<NNN>)')
    .addOption(new Option('--severity <severity>', 'rule severity').choices([...SEVERITIES]).default('medium'))
    .action((kind: string, name: string, options) => setExit(newCommand(kind, name, options, io)));

  cli
    .command('build')
    .description('compile your policy directory to a WASM bundle (with the built-in entrypoints and helpers); needs opa')
    .argument('<dir>', 'your policy directory')
    .option('-o, --output <file>', 'bundle to write (.tar.gz: policy.wasm, data.json, catalog.json)', 'bundle.tar.gz')
    .option(OPA_OPTION, OPA_HELP)
    .action((dir: string, options) => setExit(buildCommand(dir, options, io)));

  cli
    .command('test')
    .description("run your policy directory's Rego unit tests (opa test) and every tests.yaml under it; exit 1 on a failure")
    .argument('<dir>', 'your policy directory')
    .option(OPA_OPTION, OPA_HELP)
    .option('--bundle <file>', 'run the fixtures against this prebuilt bundle instead of building the directory (no opa needed)')
    .action(async (dir: string, options) => setExit(await testCommand(dir, options, io)));
}
