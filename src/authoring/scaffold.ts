// `policy new <kind> <name>`: a rule laid out exactly like a built-in one, its Rego unit test,
// and (when the kind's input format is there) a failing and a passing input with a tests.yaml.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Severity } from '../findings/finding.js';
import { FORMATS } from '../formats/index.js';
import type { Kind } from '../formats/types.js';
import { writeAtomic } from '../util/atomic.js';
import { builtinCatalog, KINDS } from './build.js';
import { AuthoringError } from './errors.js';
import { TEMPLATES } from './templates.js';

export interface ScaffoldOptions {
  kind: string;
  name: string;
  /** The user's policy directory. */
  dir: string;
  family: string;
  severity: Severity;
  id?: string;
  cwd: string;
}

export interface Scaffold {
  id: string;
  /** Files written, relative to the working directory. */
  files: string[];
  /** Why no fixture was written, when none was. */
  noFixture?: string;
}

const REGO_KEYWORDS = new Set(['as', 'contains', 'default', 'else', 'every', 'false', 'if', 'import', 'in', 'not', 'null', 'package', 'some', 'true', 'with']);
const TITLE_VOICE = new Set(['require', 'disallow', 'enforce', 'restrict', 'limit']);

/** A package segment: snake_case (dashes become underscores), not a keyword, not a test package. */
function segment(what: string, value: string): string {
  const name = value.replace(/-/g, '_');
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new AuthoringError(`${what} "${value}" must be lower case letters, digits and _ or -, starting with a letter`);
  if (REGO_KEYWORDS.has(name)) throw new AuthoringError(`${what} "${value}" is a Rego keyword`);
  if (name.endsWith('_test')) throw new AuthoringError(`${what} "${value}" may not end in _test (that marks test packages)`);
  return name;
}

/** "require_team_label" reads "Require team label"; a name in another voice gets "Enforce". */
function titleOf(name: string): string {
  const words = name.split('_').filter(Boolean);
  const text = (TITLE_VOICE.has(words[0]!) ? words : ['enforce', ...words]).join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Ids already taken: the built-in library's and those written in the directory's Rego. */
function takenIds(dir: string): Set<string> {
  const ids = new Set(builtinCatalog().map((rule) => rule.id));
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(path, entry.name));
      else if (entry.name.endsWith('.rego')) {
        for (const match of readFileSync(join(path, entry.name), 'utf8').matchAll(/^#\s+id:\s*(\S+)\s*$/gm)) ids.add(match[1]!);
      }
    }
  };
  walk(dir);
  return ids;
}

/** The next free <PREFIX>-<FAMILY>-<NNN>. */
function nextId(prefix: string, family: string, taken: Set<string>): string {
  const stem = `${prefix}-${family.toUpperCase().replace(/_/g, '-')}-`;
  for (let number = 1; ; number++) {
    const id = `${stem}${String(number).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}

const quote = (text: string) => JSON.stringify(text);

function ruleFile(kind: Kind, family: string, name: string, id: string, severity: Severity): string {
  const template = TEMPLATES[kind];
  const imports = [...template.imports, 'data.lib.result'].sort().map((path) => `import ${path}`);
  return `# METADATA
# title: ${titleOf(name)}
# description: >-
#   ${template.description}
# custom:
#   id: ${id}
#   severity: ${severity}
#   controls: []
#   remediation: ${quote(template.remediation)}
#   message: ${quote(template.message)}
package ${kind}.${family}.${name}

${imports.join('\n')}

${template.rule}
`;
}

function testFile(kind: Kind, family: string, name: string): string {
  const { test } = TEMPLATES[kind];
  return `package ${kind}.${family}.${name}_test

import data.${kind}.${family}.${name} as rule

test_fail_${test.fail.name} if {
	findings := rule.deny with input as _input(${test.fail.argument})
	{f.path | some f in findings} == ${test.fail.paths}
}

test_success_${test.success.name} if {
	count(rule.deny) == 0 with input as _input(${test.success.argument})
}

${test.helper}
`;
}

function suiteFile(id: string, fail: { name: string; file: string; line: number }, pass: { name: string; file: string }): string {
  return `# Fixture tests for ${id}: \`policy test <policy-dir>\` runs every tests.yaml under the directory
# through the real pipeline (detect, parse, WASM, locate).
cases:
  - name: ${id} fires on ${fail.name}
    input: ${fail.file}
    expect:
      - { rule: ${id}, line: ${fail.line} }
  - name: ${id} passes ${pass.name}
    input: ${pass.file}
    absent: [${id}]
`;
}

export function scaffoldRule(options: ScaffoldOptions): Scaffold {
  if (!KINDS.includes(options.kind as Kind)) throw new AuthoringError(`kind "${options.kind}" is not one of ${KINDS.join(', ')}`);
  const kind = options.kind as Kind;
  const name = segment('rule name', options.name);
  const family = segment('family', options.family);
  const dir = resolve(options.cwd, options.dir);
  const template = TEMPLATES[kind];
  const id = options.id ?? nextId(template.prefix, family, takenIds(dir));
  const folder = join(dir, kind, family);
  const files = new Map<string, string>([
    [join(folder, `${name}.rego`), ruleFile(kind, family, name, id, options.severity)],
    [join(folder, `${name}_test.rego`), testFile(kind, family, name)],
  ]);
  let noFixture: string | undefined;
  if (!FORMATS.some((format) => format.kind === kind)) noFixture = `the ${kind} input format is not available in this build yet: no fixture written`;
  else {
    const { file, fail, pass } = template.fixture;
    const failFile = file.replace('{variant}', 'fail');
    const passFile = file.replace('{variant}', 'pass');
    const line = fail.text.split('\n').findIndex((text) => text.includes(fail.marker)) + 1;
    const testdata = join(folder, 'testdata', name);
    files.set(join(testdata, 'tests.yaml'), suiteFile(id, { name: fail.name, file: failFile, line }, { name: pass.name, file: passFile }));
    files.set(join(testdata, failFile), fail.text);
    files.set(join(testdata, passFile), pass.text);
  }
  const existing = [...files.keys()].filter((file) => existsSync(file));
  if (existing.length) throw new AuthoringError(`not overwriting ${existing.map((file) => relative(options.cwd, file)).join(', ')}`);
  for (const [file, content] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomic(file, content);
  }
  return { id, files: [...files.keys()].map((file) => relative(options.cwd, file)), ...(noFixture ? { noFixture } : {}) };
}
