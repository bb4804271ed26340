// Shared by the SBOM tests: fixture paths, a lockfile context over a fixture directory, and
// compact views of projects and BOMs that make exact assertions readable.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LockfileContext, LockfileParser, Notice, Project } from '../../src/sbom/model.js';

/** The repository root (tests run from build/test/sbom). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixtures = join(repoRoot, 'test', 'sbom', 'fixtures');

export function fixture(...parts: string[]): string {
  return join(fixtures, ...parts);
}

/** Parses `<fixture dir>/<name>` with the parser, reading siblings from the fixture directory. */
export function parseFixture(parser: LockfileParser, dir: string, name: string, text?: string): { project: Project; notices: Notice[] } {
  const path = join(fixtures, dir, name);
  const file = relative(repoRoot, path);
  const notices: Notice[] = [];
  const context: LockfileContext = {
    readSibling(rel) {
      try {
        return readFileSync(join(dirname(path), rel), 'utf8');
      } catch {
        return undefined;
      }
    },
    listSibling(rel) {
      try {
        return readdirSync(join(dirname(path), rel)).sort();
      } catch {
        return undefined;
      }
    },
    siblingFile: (rel) => relative(repoRoot, join(dirname(path), rel)),
    notice: (message, line) => notices.push({ file, line, message }),
  };
  return { project: parser.parse(text ?? readFileSync(path, 'utf8'), file, context), notices };
}

/** `scope purl` per package, sorted: the exact component set of a project. */
export function scoped(project: Project): string[] {
  return project.packages.map((pkg) => `${pkg.scope} ${pkg.purl}`).sort();
}

export function byPurl(project: Project, purl: string) {
  const pkg = project.packages.find((item) => item.purl === purl);
  if (!pkg) throw new Error(`no package ${purl} in ${project.file}`);
  return pkg;
}

export interface BomView {
  components: { purl?: string; name: string; version?: string; scope?: string; type: string; 'bom-ref': string; hashes?: { alg: string; content: string }[] }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
  metadata: { component: { 'bom-ref': string; name: string } };
}

export function parseBom(text: string): BomView {
  return JSON.parse(text) as BomView;
}

export function dependsOn(bom: BomView, ref: string): string[] {
  return bom.dependencies?.find((dependency) => dependency.ref === ref)?.dependsOn ?? [];
}

/** The webapp fixture as every npm-family lockfile of it locks it (npm, yarn, pnpm). */
export const WEBAPP = [
  'dev pkg:npm/ansi-styles@4.3.0',
  'dev pkg:npm/chalk@4.1.2',
  'dev pkg:npm/color-convert@2.0.1',
  'dev pkg:npm/color-name@1.1.4',
  'dev pkg:npm/has-flag@4.0.0',
  'dev pkg:npm/supports-color@7.2.0',
  'optional pkg:npm/fsevents@2.3.3',
  'required pkg:npm/%40webapp/api@0.3.0',
  'required pkg:npm/%40webapp/shared@0.2.1',
  'required pkg:npm/debug@4.4.3',
  'required pkg:npm/is-number@7.0.0',
  'required pkg:npm/local-lib@0.0.1',
  'required pkg:npm/lodash@3.10.1',
  'required pkg:npm/ms@2.0.0',
  'required pkg:npm/ms@2.1.3',
  'required pkg:npm/ws@8.23.1',
];
