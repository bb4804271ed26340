// Fixture tests in the real input format, like `kyverno test`: a tests.yaml lists input files
// and the rule ids expected to fire (optionally on a given line) or not to fire on each.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { runWith } from '../engine/run.js';
import type { Engine } from '../engine/engine.js';
import type { Finding } from '../findings/finding.js';
import { AuthoringError } from './errors.js';

export interface ExpectedFinding {
  rule: string;
  line?: number;
}

export interface FixtureCase {
  name: string;
  input: string;
  expect?: ExpectedFinding[];
  absent?: string[];
}

export interface CaseResult {
  suite: string;
  name: string;
  passed: boolean;
  /** What was expected and not found, or found and not allowed; empty when passed. */
  problems: string[];
  /** Expected findings not met (`-`) and findings not expected (`+`) of the rules the case names. */
  diff: string[];
  findings: Finding[];
}

const SUITE_SCHEMA = {
  type: 'object',
  required: ['cases'],
  additionalProperties: false,
  properties: {
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'input'],
        additionalProperties: false,
        anyOf: [{ required: ['expect'] }, { required: ['absent'] }],
        properties: {
          name: { type: 'string', minLength: 1 },
          input: { type: 'string', minLength: 1 },
          expect: {
            type: 'array',
            items: {
              type: 'object',
              required: ['rule'],
              additionalProperties: false,
              properties: { rule: { type: 'string' }, line: { type: 'integer', minimum: 1 } },
            },
          },
          absent: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

const validateSuite = new Ajv({ allErrors: true }).compile<{ cases: FixtureCase[] }>(SUITE_SCHEMA);

export class FixtureSuiteError extends AuthoringError {}

/** Every tests.yaml under `dir`, in path order (hidden directories and node_modules left out). */
export function findSuites(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
      if (entry.isDirectory()) return findSuites(join(dir, entry.name));
      return entry.name === 'tests.yaml' ? [join(dir, entry.name)] : [];
    });
}

export function readSuite(file: string): FixtureCase[] {
  let suite: unknown;
  try {
    suite = load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureSuiteError(`${file}: ${(error as Error).message}`);
  }
  if (!validateSuite(suite)) {
    const problems = (validateSuite.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw new FixtureSuiteError(`${file}: not a valid tests.yaml:\n  ${problems.join('\n  ')}`);
  }
  return suite.cases;
}

/**
 * One case, checked as `policy check <input>` would (the input a file or a directory of files that
 * form one change): document pass and run pass, so run-scope rules are tested the same way.
 */
export async function runCase(engine: Engine, suiteFile: string, fixture: FixtureCase, cwd = process.cwd()): Promise<CaseResult> {
  const input = relative(cwd, resolve(dirname(suiteFile), fixture.input));
  const result = await runWith(engine, { cwd, paths: [input], bundles: [], builtin: false, profiles: [], formatOptions: {}, threads: 1 });
  const problems = result.errors.map((error) => `input error: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
  for (const expected of fixture.expect ?? []) {
    const fired = result.findings.filter((finding) => finding.ruleId === expected.rule);
    if (!fired.length) problems.push(`expected ${expected.rule} to fire; it did not`);
    else if (expected.line && !fired.some((finding) => finding.location.startLine === expected.line)) {
      problems.push(`expected ${expected.rule} on line ${expected.line}; it fired on line ${fired.map((f) => f.location.startLine).join(', ')}`);
    }
  }
  for (const id of fixture.absent ?? []) {
    const fired = result.findings.filter((finding) => finding.ruleId === id);
    if (fired.length) problems.push(`expected ${id} not to fire; it fired on line ${fired.map((f) => f.location.startLine).join(', ')}: ${fired[0]!.message}`);
  }
  return { suite: suiteFile, name: fixture.name, passed: problems.length === 0, problems, diff: diffFindings(fixture, result.findings), findings: result.findings };
}

const matches = (expected: ExpectedFinding, finding: Finding) =>
  finding.ruleId === expected.rule && (!expected.line || finding.location.startLine === expected.line);

/**
 * Expected against actual findings, for the rules a case names: `  ` an expectation met,
 * `- ` one not met, `+ ` a finding no expectation accounts for (a rule listed as absent, or
 * one expected elsewhere).
 */
export function diffFindings(fixture: FixtureCase, findings: Finding[]): string[] {
  const expected = fixture.expect ?? [];
  const named = new Set([...expected.map((entry) => entry.rule), ...(fixture.absent ?? [])]);
  const lines = expected.map((entry) => `${findings.some((finding) => matches(entry, finding)) ? ' ' : '-'} ${entry.rule}${entry.line ? ` line ${entry.line}` : ''}`);
  for (const finding of findings) {
    if (named.has(finding.ruleId) && !expected.some((entry) => matches(entry, finding))) {
      lines.push(`+ ${finding.ruleId} line ${finding.location.startLine}: ${finding.message}`);
    }
  }
  return lines;
}
