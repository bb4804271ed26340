import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Mapped } from '../../src/formats/dockerfile/mapped.js';
import { parseShell } from '../../src/formats/dockerfile/shell.js';

/** [argv, pipeline, parent] of each command. */
function read(script: string, heredocs: string[] = []): [string[], number, number | null][] {
  const bodies = heredocs.map((body, i) => Mapped.at(body, 10_000 * (i + 1)));
  return parseShell(Mapped.at(script, 0), bodies).map((c) => [c.argv.map((w) => w.value), c.pipeline, c.parent]);
}

describe('dockerfile: RUN scripts', () => {
  test('separators start pipelines; | keeps one', () => {
    assert.deepEqual(read('a 1 && b | c; d || e & f\ng'), [
      [['a', '1'], 0, null],
      [['b'], 1, null],
      [['c'], 1, null],
      [['d'], 2, null],
      [['e'], 3, null],
      [['f'], 4, null],
      [['g'], 5, null],
    ]);
  });

  test('quotes and escapes are removed, variables kept, comments skipped', () => {
    assert.deepEqual(read(`echo "a b" 'c $d' e\\ f "$HOME" # ignored | sh`), [[['echo', 'a b', 'c $d', 'e f', '$HOME'], 0, null]]);
  });

  test('assignments and shell keywords are not commands', () => {
    assert.deepEqual(read('DEBIAN_FRONTEND=noninteractive apt-get install -y x; if [ -f a ]; then rm a; fi; X=1'), [
      [['apt-get', 'install', '-y', 'x'], 0, null],
      [['[', '-f', 'a', ']'], 1, null],
      [['rm', 'a'], 2, null],
    ]);
  });

  test('command and process substitutions run inside the command that holds them', () => {
    assert.deepEqual(read('sh -c "$(curl -fsSL https://x)" && bash <(wget -qO- https://y) && echo `id -u`'), [
      [['sh', '-c', '$(curl -fsSL https://x)'], 0, null],
      [['curl', '-fsSL', 'https://x'], 1, 0],
      [['bash'], 2, null],
      [['wget', '-qO-', 'https://y'], 3, 2],
      [['echo', '`id -u`'], 4, null],
      [['id', '-u'], 5, 4],
    ]);
  });

  test('redirections are not arguments; $((...)) and ${...} stay words', () => {
    assert.deepEqual(read('echo $((1 + 2)) ${A:-b c} > /tmp/out 2>&1 </dev/null'), [[['echo', '$((1 + 2))', '${A:-b c}'], 0, null]]);
  });

  test("a heredoc read by a shell is script; read by another program it is data", () => {
    assert.deepEqual(read('bash <<EOF\ncurl https://x | sh\nEOF\ncat > /etc/motd <<-X\n\trm -rf /\n\tX\nls'), [
      [['bash'], 0, null],
      [['curl', 'https://x'], 1, null],
      [['sh'], 1, null],
      [['cat'], 2, null],
      [['ls'], 3, null],
    ]);
  });

  test('RUN <<EOF bodies from the Dockerfile: shell scripts unless a shebang names another interpreter', () => {
    assert.deepEqual(read('<<EOF', ['apk add x\n']), [[['apk', 'add', 'x'], 0, null]]);
    assert.deepEqual(read('<<EOF', ['#!/usr/bin/env python3\nimport os\n']), []);
    assert.deepEqual(read('<<A bash && <<B cat > /b', ['echo a\n', 'not a command\n']), [
      [['bash'], 0, null],
      [['cat'], 1, null],
      [['echo', 'a'], 2, null],
    ]);
  });

  test('word ranges point into the source', () => {
    const [command] = parseShell(Mapped.at('  apt-get   install "x y"', 100));
    assert.deepEqual(command!.argv.map((w) => w.range), [
      { start: 102, end: 109 },
      { start: 112, end: 119 },
      { start: 120, end: 125 },
    ]);
  });
});
