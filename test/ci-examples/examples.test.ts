// The CI examples (examples/ci/, .pre-commit-hooks.yaml) parse, and every `policy` command they run
// exists with the options and values they pass, as the CLI's own help lists them. The GitHub
// workflow uses only inputs and outputs that action.yml declares; the GitLab Code Quality script and
// the pre-commit hook are run for real.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { REPORT_FORMATS } from '../../src/report/render.js';
import { runCli, tempDir } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const yaml = (path: string) => load(readFileSync(join(ROOT, path), 'utf8')) as unknown;

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string under a key that holds shell commands, anywhere in a CI file. */
function scripts(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return ['run', 'script', 'bash', 'before_script', 'after_script', 'entry'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => scripts(item, key));
  if (isTree(node)) return Object.entries(node).flatMap(([name, value]) => scripts(value, name));
  return [];
}

/** Splits a shell line into words as the shell would (quotes, backslashes), up to `&&`, `||`, `;`, `|`, `>` or a comment; no expansion. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && i + 1 < line.length) word += line[++i]!;
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (char === '\\' && i + 1 < line.length) word = (word ?? '') + line[++i]!;
    else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (/[;&|>#]/.test(char) && word === undefined) break;
    else word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The `policy ...` commands of a script: continuation lines joined, one command per line. */
function invocations(script: string): string[][] {
  return script
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => shellWords(line.trim()))
    .filter((words) => words[0] === 'policy');
}

interface OptionHelp {
  takesValue: boolean;
  choices?: string[];
}

/** The options of `policy <command>`, from its help: flags, whether they take a value, and their choices. */
async function optionsOf(command: string): Promise<Map<string, OptionHelp>> {
  const { code, stdout } = await runCli([command, '--help'], { cwd: ROOT });
  assert.equal(code, 0);
  const options = new Map<string, OptionHelp>();
  const blocks = stdout.slice(stdout.indexOf('Options:')).split(/\n(?=\s{2}-)/);
  for (const block of blocks) {
    const head = /^\s{2}(?:(-\w), )?(--[\w-]+)(\s+[<[])?/.exec(block);
    if (!head) continue;
    const text = block.replace(/\s+/g, ' ');
    const choices = /\(choices: ([^)]*)\)/.exec(text)?.[1]?.match(/"[^"]*"/g)?.map((choice) => choice.slice(1, -1));
    const help: OptionHelp = { takesValue: Boolean(head[3]), ...(choices ? { choices } : {}) };
    for (const flag of [head[1], head[2]]) if (flag) options.set(flag, help);
  }
  return options;
}

async function commandNames(): Promise<string[]> {
  const { stdout } = await runCli(['--help'], { cwd: ROOT });
  return [...stdout.slice(stdout.indexOf('Commands:')).matchAll(/^\s{2}([a-z]+)\b/gm)].map((match) => match[1]!);
}

/** Asserts that a `policy` command exists with every option and (literal) value it passes. */
async function assertValidInvocation(words: string[], where: string): Promise<void> {
  const [, command, ...rest] = words;
  assert.ok(command && (await commandNames()).includes(command), `${where}: policy ${command} is not a command`);
  const options = await optionsOf(command);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('-') || word === '-' || word === '--') continue;
    const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const help = options.get(flag);
    assert.ok(help, `${where}: policy ${command} has no option ${flag}`);
    if (!help.takesValue) continue;
    const value = inline ?? rest[++i];
    assert.ok(value !== undefined, `${where}: ${flag} needs a value`);
    if (value.startsWith('$')) continue; // expanded at run time
    if (help.choices) assert.ok(help.choices.includes(value), `${where}: ${flag} ${value} is not one of ${help.choices.join(', ')}`);
    if (command === 'check' && (flag === '--output' || flag === '-o')) {
      assert.ok((REPORT_FORMATS as readonly string[]).includes(value.split('=')[0]!), `${where}: --output ${value}: unknown format`);
    }
  }
}

const EXAMPLES = ['examples/ci/azure-pipelines.yml', 'examples/ci/gitlab-ci.yml', '.pre-commit-hooks.yaml'];

describe('CI examples', () => {
  test('the shell-word splitter reads quotes, escapes, continuations and stops at operators', () => {
    assert.deepEqual(invocations('policy check . "$@" --output junit="$R/a b.xml" \\\n  --soft-fail && status=0 || status=$?'), [
      ['policy', 'check', '.', '$@', '--output', 'junit=$R/a b.xml', '--soft-fail'],
    ]);
    assert.deepEqual(invocations("echo policy\n  policy sbom . -o 'x y.json' # comment"), [['policy', 'sbom', '.', '-o', 'x y.json']]);
  });

  test('the validator rejects a command, an option, a choice or an output format that does not exist', async () => {
    const rejects = async (line: string) => assert.rejects(assertValidInvocation(invocations(line)[0]!, 'test'));
    await rejects('policy scan .');
    await rejects('policy check . --no-such-flag');
    await rejects('policy check . --severity-threshold severe');
    await rejects('policy check . --output pdf=report.pdf');
    await assertValidInvocation(invocations('policy check . --severity-threshold medium --output html=r.html')[0]!, 'test');
  });

  for (const file of EXAMPLES) {
    test(`${file}: every policy command it runs exists, with those options and values`, async () => {
      const commands = scripts(yaml(file)).flatMap(invocations);
      assert.ok(commands.length > 0, `${file} runs no policy command`);
      for (const words of commands) await assertValidInvocation(words, file);
    });
  }

  test('the GitHub workflow runs the action with inputs it declares, and uploads the SARIF it writes', () => {
    const action = yaml('action.yml') as { inputs: Tree; outputs: Tree; runs: { using: string; main: string } };
    assert.equal(action.runs.using, 'node24');
    assert.ok(existsSync(join(ROOT, action.runs.main)), `action.yml runs ${action.runs.main}, which is missing: npm run build:action`);
    const workflow = yaml('examples/ci/github-workflow.yml') as { permissions: Tree; jobs: Record<string, { steps: Tree[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const checkout = steps.find((step) => String(step['uses']).startsWith('actions/checkout@'));
    assert.equal((checkout?.['with'] as Tree | undefined)?.['fetch-depth'], 0, 'the base commit must be fetched');
    const gate = steps.find((step) => /\/policygate@/.test(String(step['uses'])));
    assert.ok(gate, 'no step uses the policygate action');
    for (const input of Object.keys(gate['with'] as Tree)) assert.ok(input in action.inputs, `action.yml has no input ${input}`);
    const text = readFileSync(join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8');
    const referenced = [...text.matchAll(/steps\.(\w+)\.outputs\.([\w-]+)/g)];
    assert.ok(referenced.length > 0);
    for (const [, id, output] of referenced) {
      assert.equal(id, gate['id']);
      assert.ok(output! in action.outputs, `action.yml has no output ${output}`);
    }
    const upload = steps.find((step) => String(step['uses']).startsWith('github/codeql-action/upload-sarif@'));
    assert.equal((upload?.['with'] as Tree)['sarif_file'], `\${{ steps.${gate['id']}.outputs.sarif-file }}`);
    assert.ok((gate['with'] as Tree)['sarif'], 'the action is asked for SARIF');
    assert.match(String(upload?.['if']), /!cancelled\(\)/, 'the upload runs after the gate step fails');
    assert.equal(workflow.permissions['security-events'], 'write');
  });

  test('the Azure pipeline publishes the JUnit report the check writes, and the SBOM', () => {
    const pipeline = yaml('examples/ci/azure-pipelines.yml') as { steps: Tree[] };
    const commands = scripts(pipeline).flatMap(invocations);
    const junit = commands.flatMap((words) => words.filter((word) => word.startsWith('junit='))).map((word) => word.slice('junit='.length));
    assert.equal(junit.length, 1);
    const publish = pipeline.steps.find((step) => step['task'] === 'PublishTestResults@2')?.['inputs'] as Tree;
    assert.equal(publish['testResultsFormat'], 'JUnit');
    assert.equal(String(publish['testResultsFiles']).replace(/\$\((\w+)\)/g, '$$$1'), junit[0]);
    assert.ok(commands.some((words) => words[1] === 'sbom'), 'an SBOM is built');
    const artifact = pipeline.steps.find((step) => step['task'] === 'PublishPipelineArtifact@1');
    assert.equal((artifact?.['inputs'] as Tree)['targetPath'], '$(REPORTS)');
  });

  test('the GitLab job reports the JUnit file it writes, and its script turns the JSON report into Code Quality issues', async () => {
    const job = (yaml('examples/ci/gitlab-ci.yml') as Record<string, Tree>)['policygate']!;
    const reports = (job['artifacts'] as Tree)['reports'] as Tree;
    const commands = scripts(job).flatMap(invocations);
    const outputs = commands.flatMap((words) => words.filter((word) => /^(junit|json)=/.test(word)));
    assert.ok(outputs.includes(`junit=${reports['junit']}`));
    assert.ok(outputs.includes('json=policygate.json'));
    assert.equal((job['script'] as string[]).at(-1), 'exit $status', 'the job fails when the gate blocks, after writing every report');

    const dir = tempDir({
      'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n',
    });
    const { code } = await runCli(['check', '.', '--output', 'json=policygate.json'], { cwd: dir });
    assert.equal(code, 1);
    const script = (job['script'] as string[]).find((line) => line.includes('node --input-type=module'))!;
    const source = /-e '([\s\S]*)'/.exec(script)![1]!;
    execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: dir });
    const issues = JSON.parse(readFileSync(join(dir, String(reports['codequality'])), 'utf8')) as Tree[];
    const report = JSON.parse(readFileSync(join(dir, 'policygate.json'), 'utf8')) as { findings: { suppressed?: unknown; ruleId: string; fingerprint: string }[] };
    assert.equal(issues.length, report.findings.filter((finding) => !finding.suppressed).length);
    for (const issue of issues) {
      assert.equal(typeof issue['description'], 'string');
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(String(issue['severity'])), String(issue['severity']));
      assert.match(String(issue['fingerprint']), /^[0-9a-f]{32}$/);
      const location = issue['location'] as { path: string; lines: { begin: number } };
      assert.equal(location.path, 'k8s/pod.yaml');
      assert.ok(location.lines.begin >= 1);
    }
    assert.ok(issues.some((issue) => issue['check_name'] === 'K8S-PSS-003' && issue['severity'] === 'blocker'));
  });

  test('the pre-commit hook blocks a commit that stages a new violation, and passes one that does not', async () => {
    type Hook = { id: string; name: string; entry: string; language: string; pass_filenames?: boolean };
    const hooks = yaml('.pre-commit-hooks.yaml') as Hook[];
    const config = yaml('examples/ci/pre-commit-config.yaml') as { repos: { hooks: { id: string; args?: string[] }[] }[] };
    const used = config.repos.flatMap((repo) => repo.hooks);
    for (const hook of hooks) for (const field of ['id', 'name', 'entry', 'language'] as const) assert.ok(hook[field], `hook ${hook.id}: no ${field}`);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const { id, args = [] } of used) {
      const hook = hooks.find((candidate) => candidate.id === id);
      assert.ok(hook, `.pre-commit-hooks.yaml has no hook ${id}`);
      const words = [...shellWords(hook.entry), ...args];
      assert.ok(words[0]! in pkg.bin, `${words[0]} is not a binary of the package`);
      await assertValidInvocation(words, `hook ${id}`);

      // What pre-commit runs: the entry and the args, without file names, in the repository.
      const git = (dir: string, ...gitArgs: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'init.defaultBranch=main', ...gitArgs], { cwd: dir });
      const pod = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n${extra}`;
      const dir = tempDir({ 'k8s/pod.yaml': pod(''), 'README.md': 'docs\n' });
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      writeFileSync(join(dir, 'README.md'), 'changed docs, not an input\n');
      writeFileSync(join(dir, 'k8s/pod.yaml'), pod('      securityContext:\n        privileged: true\n'));
      git(dir, 'add', '-A');
      assert.equal((await runCli(words.slice(1), { cwd: dir })).code, 1, 'a staged privileged container blocks the commit');
      writeFileSync(join(dir, 'k8s/pod.yaml'), pod('      resources: { limits: { cpu: 100m, memory: 64Mi } }\n'));
      git(dir, 'add', '-A');
      assert.equal((await runCli(words.slice(1), { cwd: dir })).code, 0, 'a harmless staged change passes');
    }
  });
});
