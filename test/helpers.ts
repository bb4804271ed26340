// Shared by the tests: the built-in engine, loaded once per test file, and small builders.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSource, type FileResult } from '../src/engine/check.js';
import { Engine } from '../src/engine/engine.js';
import { loadBundles } from '../src/engine/run.js';
import { main, type Io } from '../src/cli/main.js';

let builtin: Promise<Engine> | undefined;

export function builtinEngine(): Promise<Engine> {
  builtin ??= Engine.load(loadBundles({ builtin: true, bundles: [], cwd: process.cwd() }));
  return builtin;
}

/** Checks one in-memory file with the built-in rules, through the real pipeline. */
export async function checkText(file: string, text: string, formatOptions: Record<string, unknown> = {}): Promise<FileResult> {
  const dir = tempDir();
  return checkSource(await builtinEngine(), { file, absolute: join(dir, file), explicit: true }, { cwd: dir, root: dir, formatOptions }, text);
}

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policygate-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => options.stdin ?? '',
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: false,
  };
  const code = await main(['node', 'policy', ...args], io);
  return { code, stdout, stderr };
}
