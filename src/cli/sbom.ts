// `policy sbom`: the CycloneDX SBOM of a tree, and validation of any SBOM file.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT } from '../gate/decide.js';
import { buildSbom, SPEC_VERSIONS, validateSbom, type Notice, type SbomFormat, type SpecVersion } from '../sbom/index.js';
import { writeAtomic } from '../util/atomic.js';
import { version, type Io } from './main.js';

interface SbomCommandOptions {
  output?: string;
  format: SbomFormat;
  specVersion: SpecVersion;
  reproducible: boolean;
  includeDev: boolean;
  validate?: string;
}

export function addSbomCommand(cli: Command, io: Io, setExit: (code: number) => void): void {
  cli
    .command('sbom')
    .description('write the CycloneDX SBOM of lockfiles and the images that manifests, Dockerfiles and ARM templates deploy')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('-o, --output <file>', 'write the SBOM to a file (atomically) instead of stdout')
    .addOption(new Option('-f, --format <format>', 'serialization').choices(['json', 'xml']).default('json'))
    .addOption(new Option('--spec-version <version>', 'CycloneDX specification version').choices([...SPEC_VERSIONS]).default('1.6'))
    .option('--reproducible', 'no timestamp and no random serial number: same inputs, same bytes', false)
    .option('--include-dev', 'include development dependencies and build-only images', false)
    .option('--validate <file>', 'validate an SBOM file against the CycloneDX schema instead of building one')
    .action(async (paths: string[], options: SbomCommandOptions) => setExit(await sbomCommand(paths, options, io)));
}

export async function sbomCommand(paths: string[], options: SbomCommandOptions, io: Io): Promise<number> {
  if (options.validate) {
    const result = await validateSbom(resolve(io.cwd, options.validate));
    if (result.valid) {
      io.stdout(`${options.validate}: valid CycloneDX\n`);
      return EXIT.passed;
    }
    io.stderr(`${options.validate}: ${result.skipped ?? 'not valid CycloneDX'}\n${result.errors.map((error) => `  ${error}\n`).join('')}`);
    return EXIT.error;
  }
  const result = await buildSbom(paths, {
    cwd: io.cwd,
    format: options.format,
    specVersion: options.specVersion,
    reproducible: options.reproducible,
    includeDev: options.includeDev,
    tool: { name: 'policygate', version: version() },
  });
  if (options.output) writeAtomic(resolve(io.cwd, options.output), result.bom);
  else io.stdout(result.bom);
  for (const notice of result.notices) io.stderr(`notice: ${formatNotice(notice)}\n`);
  for (const error of result.errors) io.stderr(`error: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
  io.stderr(`${result.components} components${options.output ? ` written to ${options.output}` : ''}${result.errors.length ? `; ${result.errors.length} file(s) could not be read` : ''}\n`);
  return result.errors.length ? EXIT.error : EXIT.passed;
}

function formatNotice(notice: Notice): string {
  return `${notice.file}${notice.line ? `:${notice.line}` : ''}: ${notice.message}`;
}
